/** Share images (Open Graph / Twitter cards), rendered by next/og. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import type { ReactNode } from 'react';
import type { ArticleCardProps } from '@/lib/view/props/article-card';
import type { EntityViewProps } from '@/lib/view/props/entity-view';
import { resolveClass } from './content/classes';
import { site } from './site';
import { countryName } from './country';

/**
 * Share images (Open Graph / Twitter cards), 1200×630 PNG, rendered at build time by next/og from the same
 * props as the site's cards. Fonts are read from the @fontsource packages (satori needs woff, not woff2).
 */
export const OG_SIZE = { width: 1200, height: 630 } as const;
export const OG_CONTENT_TYPE = 'image/png';

const INK = '#111418';
const BRAND = '#c8102e';
const MUTED = '#a7aeb8';
const RULE = '#2b3038';

type Weight = 400 | 600 | 700;
type OgFont = { name: string; data: ArrayBuffer; weight: Weight; style: 'normal' };

/**
 * Each subset is its own family: satori keeps one font per family and weight, so a latin-ext file under
 * the latin family's name would be ignored, and next/og would try to download glyphs such as š or ě.
 */
const DISPLAY = "'Barlow Condensed', 'Barlow Condensed Ext'";
const TEXT = "Inter, 'Inter Ext'";
const FONT_FILES: { name: string; file: string; weight: Weight }[] = (['latin', 'latin-ext'] as const).flatMap((subset) => {
  const suffix = subset === 'latin' ? '' : ' Ext';
  return [
    { name: `Barlow Condensed${suffix}`, file: `@fontsource/barlow-condensed/files/barlow-condensed-${subset}-700-normal.woff`, weight: 700 as const },
    { name: `Inter${suffix}`, file: `@fontsource/inter/files/inter-${subset}-400-normal.woff`, weight: 400 as const },
    { name: `Inter${suffix}`, file: `@fontsource/inter/files/inter-${subset}-600-normal.woff`, weight: 600 as const },
  ];
});

let fonts: OgFont[] | undefined;

/** Read once per process, at build time. */
function ogFonts(): OgFont[] {
  fonts ??= FONT_FILES.map(({ name, file, weight }) => {
    const path = join(process.cwd(), 'node_modules', file);
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch {
      throw new Error(`share image: the font ${path} is missing (run \`npm install\`)`);
    }
    return { name, weight, style: 'normal' as const, data: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer };
  });
  return fonts;
}

/** Pictographs have no glyph in the bundled fonts (and next/og would try to download one). */
function clean(text: string): string {
  return text.replace(/\p{Extended_Pictographic}/gu, '').trim();
}

function formatDate(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

const logged = new Set<string>();

/**
 * Without its fonts a share image answers 500 on its own, with a plain body; the server logs the cause
 * once, and the pages and every other file keep serving.
 */
function fontsOrFailure(): OgFont[] | Response {
  try {
    return ogFonts();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!logged.has(message)) console.error(`⨯ ${message}`);
    logged.add(message);
    return new Response('This share image could not be made.\n', { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}

/** Satori gives a fragment a box of its own (a flex row), so the card's parts come in one column element. */
function render(children: ReactNode, photo?: string): Response {
  const fonts = fontsOrFailure();
  if (fonts instanceof Response) return fonts;
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          background: INK,
          color: '#ffffff',
          fontFamily: TEXT,
          borderTop: `14px solid ${BRAND}`,
          padding: '40px 64px 44px',
        }}
      >
        {photo && (
          // The photo under the card, darkened where the text goes: the headline and results stay legible.
          // satori (ImageResponse) draws a plain <img>; next/image has no meaning there.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={photo} width={OG_SIZE.width} height={OG_SIZE.height - 14} style={{ position: 'absolute', top: 0, left: 0, objectFit: 'cover' }} alt="" />
        )}
        {photo && (
          <div
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: OG_SIZE.width,
              height: OG_SIZE.height - 14,
              backgroundImage: 'linear-gradient(180deg, rgba(17,20,24,0.55) 0%, rgba(17,20,24,0.35) 35%, rgba(17,20,24,0.88) 68%, rgba(17,20,24,0.97) 100%)',
            }}
          />
        )}
        {children}
      </div>
    ),
    { ...OG_SIZE, fonts },
  );
}

function Masthead({ right }: { right?: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', width: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', fontFamily: DISPLAY, fontWeight: 700, fontSize: 32, letterSpacing: 2, textTransform: 'uppercase' }}>
        <div style={{ width: 22, height: 22, borderRadius: 11, background: BRAND, marginRight: 12 }} />
        {site.name}
      </div>
      {right && <div style={{ display: 'flex', fontSize: 26, color: MUTED }}>{right}</div>}
    </div>
  );
}

function Badge({ name }: { name: string }) {
  const info = resolveClass(name);
  return (
    <div
      style={{
        display: 'flex',
        justifyContent: 'center',
        width: 170,
        padding: '3px 10px',
        borderRadius: 4,
        background: info.color,
        color: info.text,
        fontFamily: DISPLAY,
        fontWeight: 700,
        fontSize: 26,
        textTransform: 'uppercase',
        letterSpacing: 1,
      }}
    >
      {clean(info.name)}
    </div>
  );
}

/** Rows of the leaders table that fit under a title of this length. */
const MAX_LEADERS = 4;

/**
 * The article card: event, date, headline and each class's leader with time (the first session reported);
 * over the lead photo when there is one (`photo`: a data URL, lib/images/variants.ts ogPhoto).
 */
export function articleOgImage(card: ArticleCardProps, photo?: string): Response {
  const leaders = card.leaders ?? [];
  const session = leaders[0]?.sessionName;
  const rows = leaders.filter((l) => l.sessionName === session).slice(0, MAX_LEADERS);
  const title = clean(card.title);
  const titleSize = rows.length === 0 ? 76 : title.length > 90 ? 50 : title.length > 60 ? 58 : 66;
  return render(
    <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, width: '100%' }}>
      <Masthead right={formatDate(card.date, card.lang)} />
      {card.kicker && (
        <div style={{ display: 'flex', marginTop: 26, color: BRAND, fontFamily: DISPLAY, fontWeight: 700, fontSize: 34, textTransform: 'uppercase', letterSpacing: 1 }}>
          {clean(card.kicker)}
        </div>
      )}
      <div style={{ display: 'flex', marginTop: 6, fontFamily: DISPLAY, fontWeight: 700, fontSize: titleSize, lineHeight: 1.05 }}>{title}</div>
      <div style={{ display: 'flex', flexGrow: 1 }} />
      {rows.length > 0 && (
        <div style={{ display: 'flex', flexDirection: 'column', width: '100%' }}>
          <div style={{ display: 'flex', fontSize: 20, fontWeight: 600, color: MUTED, textTransform: 'uppercase', letterSpacing: 1, marginBottom: 6 }}>
            {`${clean(session ?? '')}: class leaders`}
          </div>
          {rows.map((l, i) => (
            <div key={i} style={{ display: 'flex', alignItems: 'center', borderTop: `1px solid ${RULE}`, padding: '7px 0', fontSize: 26 }}>
              <Badge name={l.className} />
              <div style={{ display: 'flex', width: 86, marginLeft: 18, fontWeight: 600 }}>{l.number ? `#${clean(l.number)}` : ''}</div>
              <div style={{ display: 'flex', flexGrow: 1, flexShrink: 1, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', maxWidth: 600 }}>
                {clean(l.label)}
              </div>
              <div style={{ display: 'flex', marginLeft: 'auto', fontWeight: 600 }}>{l.time ?? ''}</div>
            </div>
          ))}
        </div>
      )}
    </div>,
    photo,
  );
}

export interface EntityOgProps {
  kicker: string;
  name: string;
  /** Nationality or country, spelt out. */
  country?: string;
  stats: readonly { label: string; value: string | number }[];
  best: readonly { label: string; value: string }[];
}


/** The share card of a driver or team page, from the same headline as the page. */
export function entityOgProps(view: Pick<EntityViewProps, 'kicker' | 'name' | 'country' | 'stats' | 'best'>): EntityOgProps {
  return {
    kicker: view.kicker,
    name: view.name,
    country: view.country ? countryName(view.country) : undefined,
    stats: view.stats,
    best: view.best,
  };
}

/** The card of a driver or team: name, appearances and best results. */
export function entityOgImage(p: EntityOgProps): Response {
  const name = clean(p.name);
  return render(
    <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, width: '100%' }}>
      <Masthead />
      <div style={{ display: 'flex', marginTop: 34, color: BRAND, fontFamily: DISPLAY, fontWeight: 700, fontSize: 34, textTransform: 'uppercase', letterSpacing: 1 }}>
        {p.country ? `${p.kicker} · ${clean(p.country)}` : p.kicker}
      </div>
      <div style={{ display: 'flex', fontFamily: DISPLAY, fontWeight: 700, fontSize: name.length > 28 ? 84 : 110, lineHeight: 1 }}>{name}</div>
      <div style={{ display: 'flex', marginTop: 30 }}>
        {p.stats.map((s) => (
          <div key={s.label} style={{ display: 'flex', flexDirection: 'column', marginRight: 56 }}>
            <div style={{ display: 'flex', fontFamily: DISPLAY, fontWeight: 700, fontSize: 64, lineHeight: 1 }}>{String(s.value)}</div>
            <div style={{ display: 'flex', fontSize: 20, color: MUTED, textTransform: 'uppercase', letterSpacing: 1 }}>{s.label}</div>
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', flexGrow: 1 }} />
      {p.best.slice(0, 3).map((b) => (
        <div key={b.label} style={{ display: 'flex', borderTop: `1px solid ${RULE}`, padding: '7px 0', fontSize: 24 }}>
          <div style={{ display: 'flex', width: 270, color: MUTED }}>{b.label}</div>
          <div style={{ display: 'flex', flexShrink: 1, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', maxWidth: 800, fontWeight: 600 }}>
            {clean(b.value)}
          </div>
        </div>
      ))}
    </div>,
  );
}

/** The site's own card, for pages without one of their own. */
export function siteOgImage(): Response {
  return render(
    <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, width: '100%' }}>
      <Masthead />
      <div style={{ display: 'flex', flexGrow: 1 }} />
      <div style={{ display: 'flex', fontFamily: DISPLAY, fontWeight: 700, fontSize: 120, lineHeight: 1, textTransform: 'uppercase' }}>{site.name}</div>
      <div style={{ display: 'flex', marginTop: 24, fontSize: 34, color: MUTED, maxWidth: 1000 }}>{site.tagline}</div>
      <div style={{ display: 'flex', flexGrow: 1 }} />
    </div>,
  );
}
