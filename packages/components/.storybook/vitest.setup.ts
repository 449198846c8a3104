import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as projectAnnotations from './preview.js';

// The a11y addon's annotations run axe after each story; preview.ts makes a violation an error.
setProjectAnnotations([a11yAnnotations, projectAnnotations]);
