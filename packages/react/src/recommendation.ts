/** React components for `<mdk-recommendation>` and `<mdk-recommendation-list>`; importing this module registers them. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkRecommendation as MdkRecommendationElement, MdkRecommendationList as MdkRecommendationListElement } from '@muenchen-digital/components/recommendation.js';

export type { RecommendationListItem } from '@muenchen-digital/components/recommendation.js';

/** `<mdk-recommendation>` as a React component: its properties are props. */
export const MdkRecommendation = /*#__PURE__*/ createComponent({
  tagName: 'mdk-recommendation',
  elementClass: MdkRecommendationElement,
  react: React,
  displayName: 'MdkRecommendation',
});

/** `<mdk-recommendation-list>` as a React component: its properties are props. */
export const MdkRecommendationList = /*#__PURE__*/ createComponent({
  tagName: 'mdk-recommendation-list',
  elementClass: MdkRecommendationListElement,
  react: React,
  displayName: 'MdkRecommendationList',
});
