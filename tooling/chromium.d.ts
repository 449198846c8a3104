/** Types of chromium.js (plain JavaScript, so that Node scripts import it as well as TypeScript). */
export declare const chromiumExecutable: string | undefined;
export declare const chromiumArgs: string[];
