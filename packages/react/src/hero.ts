/** React components for `<mdk-hero>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkHero as MdkHeroElement } from '@muenchen-digital/components/hero.js';

/** `<mdk-hero>` as a React component: its properties are props. */
export const MdkHero = /*#__PURE__*/ createComponent({
  tagName: 'mdk-hero',
  elementClass: MdkHeroElement,
  react: React,
  displayName: 'MdkHero',
});
