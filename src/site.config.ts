/**
 * Site-wide settings an operator changes in one place. Legal data is never
 * invented: fields left `null` show a visible "not yet filled in" notice on
 * the legal pages instead.
 */
export const siteConfig = {
  name: 'Wissensnetz',
  /** Public address of the deployed site; used for canonical URLs and the sitemap. */
  url: process.env.WISSENSNETZ_SITE_URL ?? 'https://wissensnetz.example.org',
  repository: {
    /** Web address of the repository on the Git host; "Seite bearbeiten" links point here. */
    url: 'https://github.com/wissensnetz/wissensnetz',
    branch: 'main',
  },
  legal: {
    /** Name and postal address of the provider (Impressum, § 5 DDG). */
    provider: null as string | null,
    address: null as string | null,
    /** Person responsible for content (§ 18 Abs. 2 MStV). */
    responsibleForContent: null as string | null,
    email: null as string | null,
    /** Where readers report accessibility barriers (Erklärung zur Barrierefreiheit). */
    accessibilityContact: null as string | null,
    /** Data protection officer or contact (Datenschutz). */
    privacyContact: null as string | null,
  },
} as const;

export type SiteConfig = typeof siteConfig;
