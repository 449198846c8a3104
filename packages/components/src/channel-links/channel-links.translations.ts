import type { Language } from '../shared/language.js';

export interface ChannelLinksTranslation {
  /** The heading when none is given. */
  heading: string;
  /** Said after a link that opens a new tab; a visible icon shows it too. Starts with its separator. */
  newTab: string;
  /** The names of the known platforms, as the platforms write them. */
  platforms: Record<'website' | 'linkedin' | 'instagram' | 'mastodon' | 'youtube' | 'newsletter', string>;
  /** A channel's name: platform and account, "München Digital auf LinkedIn". */
  onPlatform: (account: string, platform: string) => string;
  /** The website's and the newsletter's names read better without "auf": "Website von München Digital". */
  ofAccount: (account: string, platform: string) => string;
}

export const channelLinksTranslations: Record<Language, ChannelLinksTranslation> = {
  de: {
    heading: 'Unsere Kanäle',
    newTab: ', öffnet in neuem Tab',
    platforms: {
      website: 'Website',
      linkedin: 'LinkedIn',
      instagram: 'Instagram',
      mastodon: 'Mastodon',
      youtube: 'YouTube',
      newsletter: 'Newsletter',
    },
    onPlatform: (account, platform) => `${account} auf ${platform}`,
    ofAccount: (account, platform) => `${platform} von ${account}`,
  },
  en: {
    heading: 'Our channels',
    newTab: ', opens in a new tab',
    platforms: {
      website: 'Website',
      linkedin: 'LinkedIn',
      instagram: 'Instagram',
      mastodon: 'Mastodon',
      youtube: 'YouTube',
      newsletter: 'Newsletter',
    },
    onPlatform: (account, platform) => `${account} on ${platform}`,
    ofAccount: (account, platform) => `${account} ${platform.toLowerCase()}`,
  },
};
