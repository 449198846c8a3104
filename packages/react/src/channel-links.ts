/** React components for `<mdk-channel-links>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkChannelLinks as MdkChannelLinksElement } from '@muenchen-digital/components/channel-links.js';

export type { Channel, KnownPlatform } from '@muenchen-digital/components/channel-links.js';

/** `<mdk-channel-links>` as a React component: its properties are props. */
export const MdkChannelLinks = /*#__PURE__*/ createComponent({
  tagName: 'mdk-channel-links',
  elementClass: MdkChannelLinksElement,
  react: React,
  displayName: 'MdkChannelLinks',
});
