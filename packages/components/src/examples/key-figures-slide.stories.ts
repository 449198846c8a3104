import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderKeyFiguresSlide } from './render-key-figures.js';

/**
 * The seed talk's slide "Digitalisierung in München bedeutet …", rebuilt from the kit with the golden
 * data: two groups, all 12 figures, and the four sources with their back links.
 */
const meta = {
  title: 'Examples/Key figures slide',
  parameters: { layout: 'padded' },
  render: (_args, context) => renderKeyFiguresSlide(((context.parameters.lang as string | undefined) ?? context.globals.lang) === 'en' ? 'en' : 'de'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const KeyFiguresSlide: Story = { name: 'Key figures slide' };

export const KeyFiguresSlideEnglish: Story = { name: 'Key figures slide (English)', parameters: { lang: 'en' } };
