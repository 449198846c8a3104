/** Types of package-entry-points.js (plain JavaScript, so that Node scripts import it as well as TypeScript). */
export declare function entryPoints(packageJson: Record<string, unknown>): string[];
