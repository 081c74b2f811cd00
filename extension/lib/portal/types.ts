// Plain data between the portal content script, its adapters and the service worker.
// (Shapes of PortalRow / PortalField in rules/dossier/portal.ts, repeated here so the content
// script imports no rules code.)

export interface ScrapedRow {
  label: string;
  files: string[];
  ticked?: boolean;
  upload?: boolean;
  required?: boolean;
  addedByUser?: boolean;
  ref?: string;
}

export interface ScrapedField {
  label: string;
  value: string;
  required: boolean;
  ref?: string;
}

/** What one adapter found in the page. `catalogue`: a procedure detail page (lists papers, takes no uploads). */
export interface Scraped {
  family: string;
  mode: 'form' | 'catalogue';
  rows: ScrapedRow[];
  fields: ScrapedField[];
}

/** Gives an element a handle the overlay can scroll to, without touching the page. */
export type Reg = (el: Element) => string;

export interface Adapter {
  family: string;
  detect(root: ParentNode): boolean;
  scrape(root: ParentNode, reg: Reg): Scraped;
}

export interface PortalMessage {
  type: 'nd30:portal-form';
  url: string;
  /** Page text (capped) for the procedure when the URL carries no code. */
  text: string;
  scraped: Scraped;
}

export type OverlaySection = 'missing' | 'fields' | 'extra' | 'other';

export interface OverlayItem {
  section: OverlaySection;
  ruleId: string;
  message: string;
  legalRef?: string;
  ref?: string;
}

export interface PortalOutcome {
  procedure: { code: string; name: string; from: 'url' | 'text' } | null;
  family: string;
  mode: Scraped['mode'];
  items: OverlayItem[];
  rows: number;
  fields: number;
}
