import { css } from 'lit';

/**
 * On paper a link cannot be followed: a link to another site prints its address after its text, as
 * GOV.UK Frontend does ("Statistisches Amt (https://…)"). Links within the page or the site (a
 * footnote's "#source-2", "/impressum") print as they are: their address says nothing on paper.
 */
export const printedLinkTargetStyles = css`
  @media print {
    /* In small body text, also after a link that is a heading: an address is no title. */
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-family: var(--mdk-font-family-body);
      font-size: var(--mdk-font-size-sm);
      font-weight: var(--mdk-font-weight-regular);
      overflow-wrap: anywhere;
    }
  }
`;
