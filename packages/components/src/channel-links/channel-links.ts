import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { booleanAttributeConverter } from '../shared/boolean-attribute.js';
import { defineElement } from '../shared/define-element.js';
import { jsonArrayConverter } from '../shared/json-array.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { renderHeading, resolveHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { LanguageController, type Language } from '../shared/language.js';
import { safeUrl } from '../shared/safe-url.js';
import { textOf } from '../shared/text.js';
import { knownPlatforms, newTabIcon, platformIcon, type KnownPlatform } from './channel-icons.js';
import { channelLinksStyles } from './channel-links.styles.js';
import { channelLinksTranslations } from './channel-links.translations.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const defaultHeadingLevel: HeadingLevel = 2;

/** One channel: where it is, whose it is, and whether its link opens a new tab. */
export interface Channel {
  /** `website`, `linkedin`, `instagram`, `mastodon`, `youtube`, `newsletter`, or any other platform's name ("Bluesky"). */
  platform: KnownPlatform | (string & {});
  /** The account, as people know it: "München Digital", "@muenchen@social.example". */
  account: string;
  /** The channel's address. Only `https:`, `http:`, `mailto:`, `tel:`, relative and `#` URLs become a link. */
  href: string;
  /** Opens the link in a new tab, and says so. */
  newTab?: boolean;
}

interface ChannelView {
  platform: KnownPlatform | undefined;
  /** "München Digital auf LinkedIn": the visible text, and the link's name. */
  name: string;
  /** The raw address, trimmed. */
  rawHref: string;
  /** The address when it is safe to link. */
  href: string | undefined;
  newTab: boolean;
}

function isKnownPlatform(platform: string): platform is KnownPlatform {
  return (knownPlatforms as readonly string[]).includes(platform);
}

/** What an entry shows, or `undefined` for one that is not a channel object at all. */
function viewOf(entry: unknown, lang: Language): ChannelView | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { platform: rawPlatform, account: rawAccount, href: rawHref, newTab } = entry as Partial<Record<keyof Channel, unknown>>;
  const words = channelLinksTranslations[lang];
  const written = typeof rawPlatform === 'string' ? textOf(rawPlatform) : '';
  const key = written.toLowerCase();
  const platform = isKnownPlatform(key) ? key : undefined;
  const platformName = platform ? words.platforms[platform] : written;
  const account = typeof rawAccount === 'string' ? textOf(rawAccount) : '';
  const href = typeof rawHref === 'string' ? textOf(rawHref) : '';
  let name: string;
  if (account && platformName) {
    name = platform === 'website' || platform === 'newsletter' ? words.ofAccount(account, platformName) : words.onPlatform(account, platformName);
  } else {
    name = account || platformName || href;
  }
  return { platform, name, rawHref: href, href: safeUrl(href), newTab: newTab === true };
}

/**
 * The name with the new-tab icon after it, the icon tied to the name's last character: an inline svg
 * is a line break opportunity of its own, which not even a word joiner closes, so the two share a span
 * that does not wrap. The rest of the name wraps as before, a long word anywhere.
 */
function nameWithNewTabIcon(name: string) {
  const characters = [...name];
  const last = characters.pop();
  return html`${characters.join('')}<span class="keep">${last}${newTabIcon()}</span>`;
}

/**
 * A list of the website and social channels, under a heading ("Unsere Kanäle"; `no-heading` leaves it
 * out where the page's heading already says so). Each link's text is
 * the channel's name, platform and account — "München Digital auf LinkedIn" — and a link that opens
 * a new tab shows an icon and says so in its name: "…, öffnet in neuem Tab"; it carries
 * `rel="noopener"`. Platform icons are decorative and hidden from assistive technology. An unknown
 * platform is named as written and gets a generic link icon. `href` keeps `https:`, `http:`,
 * `mailto:`, `tel:`, relative URLs and `#fragments`; anything else (`javascript:`, `data:`,
 * `vbscript:`) is not a link: the name shows as text, and development builds warn. Each link is at
 * least 24 × 24 px.
 *
 * @tagname mdk-channel-links
 * @summary Website and social channels as a list of links: "München Digital auf LinkedIn".
 *
 * @csspart heading - The heading above the list, unless `no-heading` is set.
 * @csspart list - The list of channels.
 * @csspart item - One channel.
 * @csspart link - A channel's link (absent when its address is refused).
 * @csspart text - A channel shown as text, when its address is refused or missing.
 * @csspart icon - A channel's platform icon (decorative).
 * @csspart new-tab-icon - The icon that shows a link opens a new tab (decorative).
 *
 * @cssproperty [--mdk-channel-links-gap=var(--mdk-space-3)] - The space between channels.
 * @cssproperty [--mdk-channel-links-icon-size=1.5rem] - The size of a platform icon.
 * @cssproperty [--mdk-channel-links-heading-color=var(--mdk-color-text-heading)] - Colour of the heading.
 */
export class MdkChannelLinks extends LitElement {
  static override styles = channelLinksStyles;

  /**
   * The channels, in order. As an attribute, a JSON array:
   * `channels='[{"platform": "linkedin", "account": "München Digital", "href": "https://…", "newTab": true}]'`.
   * Malformed JSON shows no channels, with a development warning.
   */
  @property({ converter: jsonArrayConverter })
  channels: Channel[] | null = [];

  /** The heading above the list; empty gives "Unsere Kanäle" / "Our channels". */
  @property({ useDefault: true })
  heading = '';

  /** The heading's level in the page's outline, 1 to 6. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: HeadingLevel = defaultHeadingLevel;

  /**
   * Leaves the heading out, for a slide or section whose own heading already says "Unsere Kanäle":
   * the list then sits under that heading and needs no name of its own.
   */
  @property({ attribute: 'no-heading', converter: booleanAttributeConverter })
  noHeading = false;

  readonly #language = new LanguageController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    readAttributeTexts(this);
    // One `if (__MDK_DEV__)` block: production builds drop it and its texts.
    if (__MDK_DEV__ && changed.has('channels')) {
      const channels: unknown = this.channels;
      if (!Array.isArray(channels)) {
        warnOnce(this, 'channels', 'channels is not a JSON array of channels, e.g. channels=\'[{"platform": "website", "account": "München Digital", "href": "https://…"}]\'; no channels are shown.');
        return;
      }
      let named = 0;
      channels.forEach((entry, index) => {
        const view = viewOf(entry, 'de');
        if (view?.name) named += 1;
        if (view === undefined) {
          warnOnce(this, `channel-${index}`, `channels[${index}] is not a channel object ({ platform, account, href }); it is left out.`);
        } else if (view.rawHref === '') {
          warnOnce(this, `href-missing:${view.name}`, `channel "${view.name}" has no href; it is shown as text.`);
        } else if (view.href === undefined) {
          warnOnce(this, `href:${view.rawHref}`, `href="${view.rawHref}" uses a scheme that is not allowed; "${view.name}" is shown as text.`);
        }
      });
      if (named === 0) warnOnce(this, 'no-channels', 'has no channels; it shows nothing.');
    }
  }

  #renderChannel(view: ChannelView, newTabText: string) {
    if (view.href === undefined) {
      return html`<li part="item"><span part="text" class="channel">${platformIcon(view.platform)}<span class="name">${view.name}</span></span></li>`;
    }
    // A new tab is said in the name: aria-label, since a visually hidden span is a block to Chromium,
    // which then reads "LinkedIn , öffnet …". The name starts with the visible text (2.5.3).
    return html`<li part="item">
      <a
        part="link"
        class="channel"
        href=${view.href}
        target=${view.newTab ? '_blank' : nothing}
        rel=${view.newTab ? 'noopener' : nothing}
        aria-label=${view.newTab ? `${view.name}${newTabText}` : nothing}
        >${platformIcon(view.platform)}<span class="name">${view.newTab ? nameWithNewTabIcon(view.name) : view.name}</span></a
      >
    </li>`;
  }

  protected override render() {
    const lang = this.#language.lang;
    const words = channelLinksTranslations[lang];
    const heading = textOf(this.heading) || words.heading;
    const views = (Array.isArray(this.channels) ? (this.channels as unknown[]) : [])
      .map((entry) => viewOf(entry, lang))
      .filter((view): view is ChannelView => view !== undefined && view.name !== '');
    // Nothing to list: no heading either, which would announce a section that is not there.
    if (views.length === 0) return nothing;
    // The list is not named after the heading right above it: a screen reader would say the heading
    // twice. Explicit role: Safari drops the list semantics of a list styled with list-style: none.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`${this.noHeading ? nothing : renderHeading(resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel), heading)}<ul part="list" role="list">
        ${views.map((view) => this.#renderChannel(view, words.newTab))}
      </ul>`;
  }
}

defineElement('mdk-channel-links', MdkChannelLinks);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-channel-links': MdkChannelLinks;
  }
}
