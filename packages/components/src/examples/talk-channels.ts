// The talk's last slide, "Unsere Kanäle": channels and a role contact (placeholders on example.org).
import type { Channel } from '../channel-links/channel-links.js';

export const talkChannels: Channel[] = [
  { platform: 'website', account: 'muenchen.digital', href: 'https://example.org/' },
  { platform: 'linkedin', account: 'München Digital', href: 'https://example.org/linkedin', newTab: true },
  { platform: 'instagram', account: 'muenchen.digital', href: 'https://example.org/instagram', newTab: true },
  { platform: 'youtube', account: 'muenchendigital', href: 'https://example.org/youtube', newTab: true },
];

export const talkContact = {
  name: 'Team Digitale Kommunikation',
  position: 'Digitalstrategie',
  unit: 'IT-Referat, Landeshauptstadt München',
  email: 'digital@example.org',
};
