#!/usr/bin/env node
/**
 * Builds the hero illustrations of the sample articles: each one is an SVG drawn in code
 * (gradients, geometry, simple pictograms; no text, no photos) rendered by sharp to
 * public/images/articles/<name>.webp at exactly 1600×900, WebP quality 70, under 100 KB.
 *
 *   node scripts/make-hero-images.mjs            # all images
 *   node scripts/make-hero-images.mjs 1004 1009  # only the names that start with these
 *
 * Article 1010 (English translation of 1001) reuses 1001-spacex-ipo.webp, so it has no entry.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const W = 1600;
const H = 900;
const QUALITY = 70;
const MAX_BYTES = 100 * 1000; // "under 100 KB", counted the strict way
const BRAND = '#b3121b';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'public', 'images', 'articles');

/* ------------------------------------------------------------------ helpers */

/** Deterministic PRNG so every run produces the same images. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const n = (v) => Number(v.toFixed(1));
const pts = (list) => list.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');

function svg(defs, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs>${defs}</defs>
${body}
</svg>`;
}

const linear = (id, stops, x1 = 0, y1 = 0, x2 = 0, y2 = 1) =>
  `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stops
    .map(([o, c, a = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a}"/>`)
    .join('')}</linearGradient>`;

const radial = (id, stops, cx = 0.5, cy = 0.5, r = 0.5, extra = '') =>
  `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}" ${extra}>${stops
    .map(([o, c, a = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a}"/>`)
    .join('')}</radialGradient>`;

const blur = (id, sd) =>
  `<filter id="${id}" x="-100%" y="-100%" width="300%" height="300%"><feGaussianBlur stdDeviation="${sd}"/></filter>`;

function stars(rand, count, { x0 = 0, y0 = 0, x1 = W, y1 = H, color = '#ffffff', max = 1.8 } = {}) {
  let out = '';
  for (let i = 0; i < count; i++) {
    const x = x0 + rand() * (x1 - x0);
    const y = y0 + rand() * (y1 - y0);
    const r = 0.5 + rand() ** 3 * max;
    out += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${color}" opacity="${n(0.25 + rand() * 0.7)}"/>`;
  }
  return out;
}

/** Point on an ellipse centred at (cx, cy) and rotated by `rot` degrees. */
function onEllipse(cx, cy, rx, ry, rot, t) {
  const x = rx * Math.cos(t);
  const y = ry * Math.sin(t);
  const a = (rot * Math.PI) / 180;
  return [cx + x * Math.cos(a) - y * Math.sin(a), cy + x * Math.sin(a) + y * Math.cos(a)];
}

/** A small satellite: gold body with two solar wings; `s` scales, `rot` turns it. */
function satellite(x, y, s = 1, rot = 0, wing = '#2b5bd7') {
  const panel = (dx) =>
    `<rect x="${dx}" y="-7" width="34" height="14" fill="${wing}" stroke="#9ec1ff" stroke-width="1"/>` +
    `<line x1="${dx + 11}" y1="-7" x2="${dx + 11}" y2="7" stroke="#9ec1ff" stroke-width="0.8"/>` +
    `<line x1="${dx + 23}" y1="-7" x2="${dx + 23}" y2="7" stroke="#9ec1ff" stroke-width="0.8"/>`;
  return `<g transform="translate(${n(x)} ${n(y)}) rotate(${rot}) scale(${s})">
${panel(-47)}${panel(13)}
<line x1="-13" y1="0" x2="-9" y2="0" stroke="#c9d3e6" stroke-width="2"/><line x1="9" y1="0" x2="13" y2="0" stroke="#c9d3e6" stroke-width="2"/>
<rect x="-9" y="-9" width="18" height="18" rx="2" fill="#d9b45a" stroke="#8a6a22" stroke-width="1"/>
<circle cx="0" cy="-13" r="3" fill="#e8eef8"/><line x1="0" y1="-9" x2="0" y2="-11" stroke="#e8eef8" stroke-width="1.5"/>
</g>`;
}

/**
 * A blurred element inside a rotated group: librsvg clips the blur to the element's own
 * (rotated) box, so the filter goes on an outer, unrotated group instead.
 */
const blurred = (filter, transform, content, attrs = '') =>
  `<g filter="url(#${filter})" ${attrs}><g transform="${transform}">${content}</g></g>`;

/** Simple pinhole projection for the scenes drawn in perspective. */
const projector = (f, vx, vy) => (X, Y, Z) => [vx + (f * X) / Z, vy + (f * Y) / Z];

function mix(c1, c2, t) {
  const p = (c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const [a, b] = [p(c1), p(c2)];
  return `#${a.map((v, i) => Math.round(v + (b[i] - v) * t).toString(16).padStart(2, '0')).join('')}`;
}

/* ------------------------------------------------------------------ scenes */

/** 1001 — a rocket climbs to orbit past satellites and an orbital data centre of server racks. */
function spacexIpo() {
  const rand = rng(1001);
  const defs =
    radial('bg', [[0, '#34246e'], [0.45, '#160f38'], [1, '#04050d']], 0.72, 0.25, 0.95) +
    radial('earth', [[0, '#2f7bd0'], [0.55, '#123e7a'], [1, '#050f24']], 0.55, 0.1, 0.9) +
    radial('sun', [[0, '#fff6e0', 0.95], [0.2, '#ffc38a', 0.45], [1, '#ff7a45', 0]]) +
    linear('body', [[0, '#c9ced8'], [0.45, '#ffffff'], [1, '#9aa1ae']], 0, 0, 1, 0) +
    linear('flame', [[0, '#fffbe6'], [0.25, '#ffd24a'], [0.6, '#ff6a1f'], [1, BRAND, 0]]) +
    linear('trail', [[0, '#ffffff', 0], [0.6, '#ffd9b0', 0.35], [1, '#fff3e0', 0.9]], 0, 1, 1, 0) +
    linear('wing', [[0, '#1b3f96'], [1, '#2e64d8']], 0, 0, 1, 1) +
    linear('rack', [[0, '#2d3448'], [1, '#161b29']], 0, 0, 1, 0) +
    blur('b6', 6) + blur('b18', 18) + blur('b40', 40);

  // Earth limb, lower left.
  const ex = 380, ey = 1950, er = 1300;
  let body = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  body += stars(rand, 220, { y1: 700 });
  body += `<circle cx="1600" cy="0" r="420" fill="url(#sun)"/>`;
  body += `<circle cx="${ex}" cy="${ey}" r="${er + 18}" fill="none" stroke="#6cc3ff" stroke-width="40" opacity="0.45" filter="url(#b18)"/>`;
  body += `<circle cx="${ex}" cy="${ey}" r="${er}" fill="url(#earth)"/>`;
  body += `<circle cx="${ex}" cy="${ey}" r="${er - 3}" fill="none" stroke="#a9e0ff" stroke-width="4" opacity="0.8"/>`;
  // City lights on the night side of the limb.
  for (let i = 0; i < 90; i++) {
    const a = (-Math.PI / 2) + (rand() - 0.5) * 0.9;
    const d = er - 15 - rand() * 160;
    const x = ex + d * Math.cos(a), y = ey + d * Math.sin(a);
    if (y < H) body += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(0.8 + rand() * 1.6)}" fill="#ffd27a" opacity="${n(0.4 + rand() * 0.5)}"/>`;
  }

  // Orbits with satellites.
  const orbits = [
    [820, 520, 760, 170, -14],
    [820, 520, 600, 120, -9],
    [820, 520, 930, 240, -18],
  ];
  for (const [cx, cy, rx, ry, rot] of orbits) {
    body += `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" transform="rotate(${rot} ${cx} ${cy})" fill="none" stroke="#9ab8ff" stroke-width="1.6" stroke-dasharray="2 9" opacity="0.5"/>`;
  }
  const sats = [
    [0, 0.4], [0, 2.2], [0, 3.9], [1, 0.8], [1, 2.9], [1, 5.3], [2, 0.9], [2, 2.6], [2, 5.0],
  ];
  for (const [o, t] of sats) {
    const [cx, cy, rx, ry, rot] = orbits[o];
    const [x, y] = onEllipse(cx, cy, rx, ry, rot, t);
    body += satellite(x, y, 0.8 + rand() * 0.5, Math.round(rand() * 60 - 30));
  }

  // Orbital data centre: truss, racks with status LEDs, large solar wings.
  const stationAt = 'translate(640 250) rotate(-8) scale(0.82)';
  let station = '';
  station += `<rect x="-360" y="-6" width="720" height="12" fill="#8b93a7"/>`;
  for (let k = -360; k < 360; k += 24) station += `<line x1="${k}" y1="-6" x2="${k + 12}" y2="6" stroke="#5d6478" stroke-width="2"/>`;
  for (const side of [-1, 1]) {
    for (const off of [0, 1]) {
      const x0 = side < 0 ? -355 + off * 0 : 135;
      const y0 = off === 0 ? -118 : 14;
      station += `<rect x="${x0}" y="${y0}" width="220" height="104" fill="url(#wing)" stroke="#a9c4ff" stroke-width="1.5"/>`;
      for (let gx = 1; gx < 8; gx++) station += `<line x1="${x0 + gx * 27.5}" y1="${y0}" x2="${x0 + gx * 27.5}" y2="${y0 + 104}" stroke="#7fa2f0" stroke-width="0.9" opacity="0.7"/>`;
      for (let gy = 1; gy < 4; gy++) station += `<line x1="${x0}" y1="${y0 + gy * 26}" x2="${x0 + 220}" y2="${y0 + gy * 26}" stroke="#7fa2f0" stroke-width="0.9" opacity="0.7"/>`;
    }
  }
  for (let r = 0; r < 4; r++) {
    const x0 = -110 + r * 56;
    station += `<rect x="${x0}" y="-78" width="48" height="156" rx="4" fill="url(#rack)" stroke="#4c5670" stroke-width="1.5"/>`;
    for (let row = 0; row < 11; row++) {
      const y = -66 + row * 13;
      station += `<rect x="${x0 + 6}" y="${y}" width="36" height="7" fill="#0d111c"/>`;
      const color = rand() < 0.12 ? BRAND : rand() < 0.5 ? '#38e1ff' : '#5cf29a';
      station += `<circle cx="${x0 + 37}" cy="${y + 3.5}" r="2" fill="${color}"/>`;
      if (rand() < 0.6) station += `<circle cx="${x0 + 31}" cy="${y + 3.5}" r="1.6" fill="#38e1ff" opacity="0.8"/>`;
    }
  }
  station += `<rect x="-124" y="-92" width="248" height="14" rx="7" fill="#c3c9d6"/><rect x="-124" y="78" width="248" height="14" rx="7" fill="#c3c9d6"/>`;
  body += blurred('b40', stationAt, `<ellipse cx="0" cy="0" rx="330" ry="150" fill="#5d7bff" opacity="0.18"/>`);
  body += `<g transform="${stationAt}">${station}</g>`;

  // Exhaust trail from the horizon to the rocket.
  body += `<path d="M 120 760 C 520 640, 900 640, 1210 470" fill="none" stroke="url(#trail)" stroke-width="26" stroke-linecap="round" filter="url(#b18)"/>`;
  body += `<path d="M 120 760 C 520 640, 900 640, 1210 470" fill="none" stroke="url(#trail)" stroke-width="5" stroke-linecap="round"/>`;

  // Rocket, drawn pointing up and turned to climb towards the upper right.
  const rocket = `
<path d="M -14 96 C -20 160, -6 220, 0 260 C 6 220, 20 160, 14 96 Z" fill="#fffbe8"/>
<path d="M -22 60 L -30 100 L 30 100 L 22 60 Z" fill="#3b3f4a"/>
<path d="M -24 -100 C -24 -160, -10 -200, 0 -225 C 10 -200, 24 -160, 24 -100 Z" fill="url(#body)"/>
<rect x="-24" y="-100" width="48" height="165" fill="url(#body)"/>
<rect x="-24" y="-52" width="48" height="16" fill="${BRAND}"/>
<rect x="-24" y="-30" width="48" height="5" fill="${BRAND}"/>
<circle cx="0" cy="-128" r="9" fill="#1c2a4a" stroke="#8e97a8" stroke-width="3"/>
<path d="M -24 10 L -58 78 L -58 96 L -24 64 Z" fill="${BRAND}"/>
<path d="M 24 10 L 58 78 L 58 96 L 24 64 Z" fill="#8c0d14"/>
<path d="M -4 20 L 4 20 L 4 80 L -4 80 Z" fill="#a0a7b4" opacity="0.6"/>`;
  const rocketAt = 'translate(1290 400) rotate(52) scale(0.85)';
  body += blurred('b40', rocketAt, `<ellipse cx="0" cy="250" rx="70" ry="190" fill="#ff8a2a" opacity="0.55"/>`);
  body += blurred('b6', rocketAt, `<path d="M -26 96 C -40 180, -14 300, 0 380 C 14 300, 40 180, 26 96 Z" fill="url(#flame)"/>`);
  body += `<g transform="${rocketAt}">${rocket}</g>`;
  return svg(defs, body);
}

/** 1002 — wheat, coin stacks and a price line over a warm harvest sky. */
function wheatPrices() {
  const rand = rng(1002);
  const defs =
    linear('sky', [[0, '#fff4dd'], [0.55, '#f7d99a'], [1, '#eab35a']]) +
    radial('sun', [[0, '#ffe3a1'], [0.7, '#f7b53e'], [1, '#ef9a2a']]) +
    radial('glow', [[0, '#fff1c8', 0.9], [1, '#fff1c8', 0]]) +
    linear('hill1', [[0, '#e0a23c'], [1, '#c98621']]) +
    linear('hill2', [[0, '#c78522'], [1, '#9c6213']]) +
    linear('coinSide', [[0, '#9e7020'], [0.5, '#d7a640'], [1, '#8a5f18']], 0, 0, 1, 0) +
    linear('coinTop', [[0, '#f8d77a'], [1, '#d9a537']], 0, 0, 1, 1) +
    blur('b4', 4) + blur('b10', 10);

  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body += `<circle cx="1040" cy="330" r="420" fill="url(#glow)"/>`;
  body += `<circle cx="1040" cy="330" r="200" fill="url(#sun)"/>`;
  // Light chart grid.
  for (let y = 140; y <= 620; y += 80) body += `<line x1="80" y1="${y}" x2="1520" y2="${y}" stroke="#8a5a1f" stroke-width="1.5" opacity="0.14"/>`;
  for (let x = 160; x <= 1520; x += 160) body += `<line x1="${x}" y1="120" x2="${x}" y2="640" stroke="#8a5a1f" stroke-width="1" opacity="0.08"/>`;

  // Rolling fields.
  body += `<path d="M 0 640 C 260 590, 520 610, 800 630 C 1080 650, 1340 600, 1600 620 L 1600 900 L 0 900 Z" fill="url(#hill1)"/>`;
  for (let i = 0; i < 26; i++) {
    const y = 660 + i * 10;
    body += `<path d="M 0 ${y} C 400 ${y - 24}, 1000 ${y + 26}, 1600 ${y - 6}" fill="none" stroke="#f0c062" stroke-width="2" opacity="${n(0.35 - i * 0.01)}"/>`;
  }
  body += `<path d="M 0 760 C 300 720, 700 740, 1000 770 C 1250 795, 1450 760, 1600 750 L 1600 900 L 0 900 Z" fill="url(#hill2)"/>`;

  // Coin stacks, growing to the right.
  const coin = (cx, cy) =>
    `<path d="M ${cx - 78} ${cy} L ${cx - 78} ${cy + 16} A 78 22 0 0 0 ${cx + 78} ${cy + 16} L ${cx + 78} ${cy} Z" fill="url(#coinSide)"/>` +
    `<ellipse cx="${cx}" cy="${cy}" rx="78" ry="22" fill="url(#coinTop)" stroke="#a87620" stroke-width="2"/>` +
    `<ellipse cx="${cx}" cy="${cy}" rx="56" ry="15" fill="none" stroke="#b98424" stroke-width="2" opacity="0.7"/>`;
  const stacks = [[1020, 800, 5], [1210, 815, 9], [1400, 805, 14]];
  for (const [cx, base, count] of stacks) {
    body += `<ellipse cx="${cx + 20}" cy="${base + 24}" rx="100" ry="22" fill="#5e3a0c" opacity="0.35" filter="url(#b10)"/>`;
    for (let i = 0; i < count; i++) body += coin(cx + (rand() - 0.5) * 6, base - i * 18);
  }

  // Wheat stalks on the left.
  let wheat = '';
  for (let s = 0; s < 17; s++) {
    const x = 70 + s * 38 + (rand() - 0.5) * 20;
    const top = 250 + rand() * 170;
    const lean = (rand() - 0.35) * 90;
    const hx = x + lean, hy = top;
    const color = mix('#d9962a', '#f3c35b', rand());
    wheat += `<path d="M ${n(x)} 900 Q ${n(x + lean * 0.2)} ${n((900 + hy) / 2)}, ${n(hx)} ${n(hy + 130)}" fill="none" stroke="#b77a1f" stroke-width="4"/>`;
    const ang = Math.atan2(-130, hx - (x + lean * 0.2)) * (180 / Math.PI) + 90;
    let head = '';
    for (let g = 0; g < 9; g++) {
      const gy = 120 - g * 15;
      head += `<ellipse cx="-9" cy="${gy}" rx="8" ry="17" transform="rotate(-24 -9 ${gy})" fill="${color}" stroke="#a86b15" stroke-width="1.2"/>`;
      head += `<ellipse cx="9" cy="${gy - 7}" rx="8" ry="17" transform="rotate(24 9 ${gy - 7})" fill="${color}" stroke="#a86b15" stroke-width="1.2"/>`;
      head += `<line x1="-14" y1="${gy - 14}" x2="-34" y2="${gy - 60}" stroke="#c48a2c" stroke-width="1.2" opacity="0.8"/>`;
      head += `<line x1="14" y1="${gy - 21}" x2="34" y2="${gy - 67}" stroke="#c48a2c" stroke-width="1.2" opacity="0.8"/>`;
    }
    head += `<ellipse cx="0" cy="-22" rx="7" ry="15" fill="${color}" stroke="#a86b15" stroke-width="1.2"/>`;
    wheat += `<g transform="translate(${n(hx)} ${n(hy)}) rotate(${n(ang * 0.25)}) scale(${n(0.8 + rand() * 0.35)})">${head}</g>`;
  }
  body += wheat;

  // Price line in brand red.
  const line = [[90, 520], [250, 470], [390, 500], [540, 380], [700, 420], [850, 300], [1000, 340], [1160, 230], [1320, 270], [1500, 150]];
  body += `<polyline points="${pts(line)}" fill="none" stroke="#fff6e4" stroke-width="16" stroke-linejoin="round" stroke-linecap="round" opacity="0.7"/>`;
  body += `<polyline points="${pts(line)}" fill="none" stroke="${BRAND}" stroke-width="7" stroke-linejoin="round" stroke-linecap="round"/>`;
  for (const [x, y] of line) body += `<circle cx="${x}" cy="${y}" r="9" fill="#fff6e4" stroke="${BRAND}" stroke-width="5"/>`;
  body += `<path d="M 1500 150 l -34 4 l 20 26 Z" fill="${BRAND}" transform="rotate(-10 1500 150)"/>`;
  return svg(defs, body);
}

/** 1003 — a corridor of server racks converging on a glowing power bolt. */
function dataCentreEnergy() {
  const rand = rng(1003);
  const project = projector(700, 800, 450);
  const defs =
    linear('bg', [[0, '#03121a'], [0.5, '#0a2a35'], [1, '#04141b']]) +
    radial('core', [[0, '#fff2c4', 1], [0.15, '#ffb347', 0.85], [0.45, '#e0561f', 0.35], [1, '#0a2a35', 0]]) +
    linear('bolt', [[0, '#fff3b0'], [0.5, '#ffc233'], [1, '#ff7a1a']]) +
    linear('floor', [[0, '#0e3a44', 0], [1, '#0b2f39', 1]]) +
    blur('b3', 3) + blur('b12', 12) + blur('b30', 30);
  const fog = '#0f3b45';

  let body = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  // Floor and ceiling planes.
  const [fl1, fl2] = [project(-3.2, 2.2, 1.2), project(3.2, 2.2, 1.2)];
  const [ff1, ff2] = [project(-3.2, 2.2, 40), project(3.2, 2.2, 40)];
  body += `<polygon points="${pts([fl1, fl2, ff2, ff1])}" fill="url(#floor)"/>`;
  // Floor tiles.
  for (let z = 2; z < 40; z *= 1.18) {
    const [a, b] = [project(-3.2, 2.2, z), project(3.2, 2.2, z)];
    body += `<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}" stroke="#1d5b66" stroke-width="${n(Math.max(0.6, 6 / z))}" opacity="0.6"/>`;
  }
  for (const x of [-2.4, -1.2, 0, 1.2, 2.4]) {
    const [a, b] = [project(x, 2.2, 1.2), project(x, 2.2, 40)];
    body += `<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}" stroke="#1d5b66" stroke-width="2" opacity="0.5"/>`;
  }
  // Ceiling light strips.
  for (const x of [-1.4, 1.4]) {
    for (let z = 2; z < 40; z *= 1.3) {
      const q = [project(x - 0.25, -2.5, z), project(x + 0.25, -2.5, z), project(x + 0.25, -2.5, z * 1.12), project(x - 0.25, -2.5, z * 1.12)];
      body += `<polygon points="${pts(q)}" fill="#bff6ff" opacity="${n(Math.max(0.15, 0.9 - z / 40))}"/>`;
    }
  }
  // Power cables on the floor (amber / brand red) running to the core.
  for (const [x, c] of [[-0.6, '#ffb347'], [0.6, BRAND], [0, '#ff8a2a']]) {
    const [a, b] = [project(x, 2.2, 1.3), project(x * 0.3, 2.2, 38)];
    body += `<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}" stroke="${c}" stroke-width="16" opacity="0.35" filter="url(#b12)"/>`;
    body += `<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}" stroke="${c}" stroke-width="5"/>`;
  }
  // The glowing core at the end of the aisle.
  body += `<circle cx="800" cy="450" r="330" fill="url(#core)"/>`;

  // Rack walls, far to near.
  const zs = [];
  for (let z = 1.6; z < 36; z *= 1.16) zs.push(z);
  for (let i = zs.length - 2; i >= 0; i--) {
    const z0 = zs[i], z1 = zs[i + 1] * 0.985;
    const depth = Math.min(1, z0 / 30);
    const face = mix('#0c1c25', fog, depth * 0.85);
    for (const side of [-1, 1]) {
      const X = 3 * side;
      const q = [project(X, -2.3, z0), project(X, -2.3, z1), project(X, 2.2, z1), project(X, 2.2, z0)];
      body += `<polygon points="${pts(q)}" fill="${face}" stroke="#1f5560" stroke-width="${n(Math.max(0.5, 4 / z0))}"/>`;
      // Units and LEDs.
      const rows = 14;
      for (let r = 0; r < rows; r++) {
        const Y = -2.1 + (r + 0.5) * (4.1 / rows);
        const [a, b] = [project(X, Y + 0.11, z0 + (z1 - z0) * 0.08), project(X, Y + 0.11, z0 + (z1 - z0) * 0.92)];
        body += `<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}" stroke="#02080c" stroke-width="${n(Math.max(0.4, 9 / z0))}" opacity="0.7"/>`;
        for (const f of [0.18, 0.3]) {
          if (rand() < 0.25) continue;
          const p = project(X, Y, z0 + (z1 - z0) * f);
          const pick = rand();
          const c = pick < 0.08 ? '#ff3b3b' : pick < 0.2 ? '#ffc233' : pick < 0.6 ? '#39e4f0' : '#5cf29a';
          body += `<circle cx="${n(p[0])}" cy="${n(p[1])}" r="${n(Math.max(0.8, 14 / z0))}" fill="${c}" opacity="${n(1 - depth * 0.6)}"/>`;
        }
      }
    }
  }

  // Lightning bolt pictogram in the core.
  const bolt = 'M 30 -150 L -70 20 L -5 20 L -35 150 L 75 -30 L 8 -30 Z';
  body += `<path d="${bolt}" transform="translate(800 450)" fill="#ffb347" opacity="0.9" filter="url(#b30)"/>`;
  body += `<path d="${bolt}" transform="translate(800 450)" fill="url(#bolt)" stroke="#fff7d6" stroke-width="4" stroke-linejoin="round"/>`;
  // Vignette.
  body += `<rect width="${W}" height="${H}" fill="none" stroke="#000" stroke-width="220" opacity="0.35" filter="url(#b30)"/>`;
  return svg(defs, body);
}

/** 1004 — a top-down football pitch with a video-review offside line and camera viewfinder. */
function varExplainer() {
  const defs =
    radial('vig', [[0.55, '#000', 0], [1, '#000', 0.55]], 0.5, 0.5, 0.75) +
    linear('band', [[0, BRAND, 0], [0.5, BRAND, 0.35], [1, BRAND, 0]], 0, 0, 1, 0) +
    blur('b5', 5) + blur('b14', 14);

  // Pitch drawn in a local frame (x: 0..1400 along the touchline, y: 0..900) then rotated.
  let pitch = '';
  for (let i = -6; i < 20; i++) pitch += `<rect x="${i * 110}" y="-600" width="110" height="2100" fill="${i % 2 ? '#2c8a3a' : '#33983f'}"/>`;
  const L = 'fill="none" stroke="#f3f7f0" stroke-width="7" opacity="0.92"';
  // Penalty area on the right, half-way line on the left.
  pitch += `<line x1="60" y1="-600" x2="60" y2="1500" ${L}/>`;
  pitch += `<circle cx="60" cy="450" r="170" ${L}/>`;
  pitch += `<circle cx="60" cy="450" r="8" fill="#f3f7f0"/>`;
  pitch += `<line x1="1560" y1="-600" x2="1560" y2="1500" ${L}/>`;
  pitch += `<rect x="1230" y="170" width="330" height="560" ${L}/>`;
  pitch += `<rect x="1450" y="320" width="110" height="260" ${L}/>`;
  pitch += `<circle cx="1340" cy="450" r="8" fill="#f3f7f0"/>`;
  pitch += `<path d="M 1230 340 A 160 160 0 0 0 1230 560" ${L}/>`;
  pitch += `<rect x="1560" y="390" width="40" height="120" fill="none" stroke="#f3f7f0" stroke-width="5" opacity="0.8"/>`;

  // Offside line (brand red) and the second-to-last defender line (blue).
  pitch += `<rect x="1010" y="-600" width="140" height="2100" fill="url(#band)"/>`;
  pitch += `<line x1="1080" y1="-600" x2="1080" y2="1500" stroke="${BRAND}" stroke-width="6"/>`;
  pitch += `<line x1="1095" y1="-600" x2="1095" y2="1500" stroke="#59b7ff" stroke-width="4" stroke-dasharray="18 12"/>`;

  // Players seen from above: red attackers, white/blue defenders, with shadows.
  const player = (x, y, team) => {
    const [fill, ring] = team === 'a' ? [BRAND, '#ffffff'] : ['#f4f6fb', '#1f4fa8'];
    return `<ellipse cx="${x + 10}" cy="${y + 12}" rx="30" ry="24" fill="#0b2e12" opacity="0.45" filter="url(#b5)"/>` +
      `<circle cx="${x}" cy="${y}" r="26" fill="${fill}" stroke="${ring}" stroke-width="6"/>` +
      `<circle cx="${x - 6}" cy="${y - 3}" r="11" fill="${team === 'a' ? '#3a1a12' : '#2d2018'}"/>`;
  };
  pitch += player(1083, 300, 'a') + player(1095, 590, 'b') + player(980, 440, 'b') + player(1290, 410, 'b') + player(840, 250, 'a') + player(720, 620, 'a') + player(1420, 470, 'b') + player(560, 380, 'b');
  // Ball and its pass path.
  pitch += `<path d="M 840 250 Q 960 200 1110 305" fill="none" stroke="#ffffff" stroke-width="4" stroke-dasharray="4 12" stroke-linecap="round" opacity="0.85"/>`;
  pitch += `<circle cx="1122" cy="318" r="13" fill="#ffffff" stroke="#1a1a1a" stroke-width="3"/>`;
  pitch += `<path d="M 1116 311 l 8 -2 l 5 7 l -5 7 l -8 -2 Z" fill="#1a1a1a"/>`;

  let body = `<g transform="translate(-60 -10) rotate(-7 800 450)">${pitch}</g>`;

  // Viewfinder brackets around the decisive zone + a small crosshair.
  const bx = 853, by = 131, bw = 300, bh = 250, c = 46;
  const corner = (x, y, dx, dy) => `<path d="M ${x} ${y + dy * c} L ${x} ${y} L ${x + dx * c} ${y}" fill="none" stroke="#ffffff" stroke-width="7" stroke-linecap="round"/>`;
  body += corner(bx, by, 1, 1) + corner(bx + bw, by, -1, 1) + corner(bx, by + bh, 1, -1) + corner(bx + bw, by + bh, -1, -1);

  // Monitor pictogram (review screen) in the lower left: rounded screen with play triangle.
  body += `<g transform="translate(120 640)">
<rect x="8" y="10" width="260" height="160" rx="18" fill="#000" opacity="0.35" filter="url(#b14)"/>
<rect x="0" y="0" width="260" height="160" rx="18" fill="#111923" stroke="#ffffff" stroke-width="6"/>
<rect x="16" y="16" width="228" height="128" rx="8" fill="#1d5d2b"/>
<line x1="150" y1="16" x2="150" y2="144" stroke="${BRAND}" stroke-width="5"/>
<path d="M 100 50 L 100 110 L 150 80 Z" fill="#ffffff"/>
<rect x="110" y="160" width="40" height="30" fill="#ffffff"/><rect x="70" y="188" width="120" height="10" rx="5" fill="#ffffff"/>
</g>`;
  body += `<rect width="${W}" height="${H}" fill="url(#vig)"/>`;
  return svg(defs, body);
}

/** 1005 — Cairo at dawn: the Nile, a misty skyline with domes, minarets and the tower, a felucca. */
function cairoFog() {
  const rand = rng(1005);
  const horizon = 585;
  const defs =
    linear('sky', [[0, '#8ea7c2'], [0.45, '#d9b9b3'], [0.8, '#f4d2b8'], [1, '#f8e2c9']]) +
    radial('sun', [[0, '#fff8ea', 1], [0.25, '#ffe6c4', 0.8], [1, '#ffd2a8', 0]]) +
    linear('river', [[0, '#e7c9b6'], [0.35, '#b7a3a8'], [1, '#55506a']]) +
    linear('fog', [[0, '#fbeee4', 0], [0.5, '#fbeee4', 0.75], [1, '#fbeee4', 0]]) +
    blur('b2', 2) + blur('b8', 8) + blur('b25', 25);

  let body = `<rect width="${W}" height="${horizon + 5}" fill="url(#sky)"/>`;
  body += `<circle cx="1090" cy="420" r="300" fill="url(#sun)"/>`;
  body += `<circle cx="1090" cy="430" r="62" fill="#fff6e6" opacity="0.95"/>`;
  // Birds.
  for (let i = 0; i < 9; i++) {
    const x = 300 + rand() * 900, y = 120 + rand() * 200, s = 8 + rand() * 10;
    body += `<path d="M ${n(x - s)} ${n(y - s * 0.3)} Q ${n(x - s * 0.4)} ${n(y - s * 0.6)} ${n(x)} ${n(y)} Q ${n(x + s * 0.4)} ${n(y - s * 0.6)} ${n(x + s)} ${n(y - s * 0.3)}" fill="none" stroke="#5e5668" stroke-width="2.2" stroke-linecap="round" opacity="0.7"/>`;
  }

  // A skyline layer: blocks, domes with minarets, occasional towers.
  const skyline = (seed, base, hMin, hMax, color, opacity, extras) => {
    const r = rng(seed);
    let s = '';
    let x = -20;
    while (x < W + 20) {
      const w = 30 + r() * 70;
      const h = hMin + r() * (hMax - hMin);
      s += `<rect x="${n(x)}" y="${n(base - h)}" width="${n(w + 1)}" height="${n(h + 40)}"/>`;
      const pick = r();
      if (pick < 0.16) {
        // Dome with minaret.
        const cx = x + w / 2;
        s += `<path d="M ${n(cx - w * 0.42)} ${n(base - h)} Q ${n(cx - w * 0.42)} ${n(base - h - w * 0.55)} ${n(cx)} ${n(base - h - w * 0.62)} Q ${n(cx + w * 0.42)} ${n(base - h - w * 0.55)} ${n(cx + w * 0.42)} ${n(base - h)} Z"/>`;
        s += `<rect x="${n(cx - 1.5)}" y="${n(base - h - w * 0.62 - 14)}" width="3" height="14"/>`;
        const mx = x + w + 6;
        const mh = h + 70 + r() * 60;
        s += `<rect x="${n(mx)}" y="${n(base - mh)}" width="9" height="${n(mh)}"/><rect x="${n(mx - 3)}" y="${n(base - mh + 22)}" width="15" height="5"/><rect x="${n(mx - 3)}" y="${n(base - mh + 52)}" width="15" height="4"/><path d="M ${n(mx)} ${n(base - mh)} L ${n(mx + 4.5)} ${n(base - mh - 20)} L ${n(mx + 9)} ${n(base - mh)} Z"/>`;
        x += 16;
      } else if (pick < 0.24) {
        s += `<rect x="${n(x + w * 0.3)}" y="${n(base - h - 60 - r() * 80)}" width="${n(w * 0.4)}" height="${n(h + 140)}"/>`;
      }
      x += w - 2;
    }
    return `<g fill="${color}" opacity="${opacity}">${s}${extras ?? ''}</g>`;
  };
  body += skyline(11, horizon, 30, 110, '#c8aeb0', 0.75);
  body += `<rect x="0" y="${horizon - 120}" width="${W}" height="160" fill="url(#fog)" filter="url(#b25)"/>`;
  // Cairo Tower silhouette in the middle layer.
  const tower = `<path d="M 540 ${horizon} L 548 250 L 532 232 L 534 214 L 586 214 L 588 232 L 572 250 L 580 ${horizon} Z"/>
<rect x="528" y="204" width="64" height="12" rx="4"/><rect x="556" y="150" width="8" height="56"/><rect x="559" y="110" width="2" height="42"/>`;
  let lattice = '';
  for (let y = 262; y < horizon; y += 16) lattice += `<line x1="546" y1="${y}" x2="574" y2="${y + 14}" stroke="#a48f98" stroke-width="1.4"/><line x1="574" y1="${y}" x2="546" y2="${y + 14}" stroke="#a48f98" stroke-width="1.4"/>`;
  body += skyline(23, horizon + 5, 20, 150, '#8f7c89', 0.9, tower + lattice);
  body += `<rect x="0" y="${horizon - 70}" width="${W}" height="120" fill="url(#fog)" opacity="0.8" filter="url(#b25)"/>`;
  body += skyline(37, horizon + 10, 10, 70, '#5e5065', 1);

  // River.
  body += `<rect x="0" y="${horizon}" width="${W}" height="${H - horizon}" fill="url(#river)"/>`;
  // Sun path on the water.
  for (let i = 0; i < 26; i++) {
    const y = horizon + 8 + i * 12;
    const w = 40 + i * 5 + rand() * 40;
    body += `<rect x="${n(1090 - w / 2 + (rand() - 0.5) * 30)}" y="${y}" width="${n(w)}" height="${n(3 + i * 0.15)}" rx="2" fill="#fff0d8" opacity="${n(0.8 - i * 0.025)}"/>`;
  }
  for (let i = 0; i < 70; i++) {
    const x = rand() * W, y = horizon + 10 + rand() ** 1.5 * (H - horizon - 10);
    body += `<rect x="${n(x)}" y="${n(y)}" width="${n(20 + rand() * 80)}" height="2" rx="1" fill="#f6e2d3" opacity="${n(0.15 + rand() * 0.25)}"/>`;
  }
  // Bridge across the river on the left with warm lamps.
  let bridge = `<rect x="-10" y="${horizon + 22}" width="560" height="14" fill="#4d4257"/>`;
  for (let k = 0; k < 6; k++) {
    const x0 = -10 + k * 95;
    bridge += `<path d="M ${x0} ${horizon + 36} Q ${x0 + 47} ${horizon + 70} ${x0 + 95} ${horizon + 36}" fill="none" stroke="#4d4257" stroke-width="7"/>`;
    bridge += `<rect x="${x0 + 44}" y="${horizon + 58}" width="8" height="40" fill="#4d4257"/>`;
    bridge += `<rect x="${x0 + 45}" y="${horizon + 2}" width="3" height="20" fill="#4d4257"/><circle cx="${x0 + 46.5}" cy="${horizon + 2}" r="5" fill="#ffd59a"/><circle cx="${x0 + 46.5}" cy="${horizon + 2}" r="14" fill="#ffcf8a" opacity="0.35" filter="url(#b8)"/>`;
  }
  body += bridge;
  // Low morning fog over the water.
  body += `<rect x="-100" y="${horizon + 10}" width="1800" height="70" fill="url(#fog)" opacity="0.65" filter="url(#b25)"/>`;

  // Felucca with its lateen sail (and a reflection).
  const felucca = `<path d="M -120 0 Q -20 38 130 0 L 110 18 Q -10 40 -100 16 Z"/>
<path d="M 4 -4 L 22 -300 L 28 -300 L 12 -4 Z"/>
<path d="M -60 -20 L 150 -330 Q 110 -160 40 -20 Z" fill="#f6ece1"/>
<path d="M -60 -20 L 150 -330" stroke="#2f2836" stroke-width="5" fill="none"/>`;
  body += `<g transform="translate(1240 800)" fill="#2f2836">${felucca}</g>`;
  body += `<g transform="translate(1240 812) scale(1 -0.45)" fill="#3d3448" opacity="0.35" filter="url(#b2)">${felucca}</g>`;
  // A small second boat far away.
  body += `<g transform="translate(760 ${horizon + 44}) scale(0.28)" fill="#4a4054" opacity="0.85">${felucca.replace('#f6ece1', '#e8d8cd')}</g>`;
  // Brand-red accent: the felucca pennant.
  body += `<path d="M 1262 500 L 1300 508 L 1264 518 Z" fill="${BRAND}"/>`;
  return svg(defs, body);
}

/** 1006 — opinion: a pen nib over a red disc that turns into a neural network, beside abstract columns. */
function aiNewsrooms() {
  const rand = rng(1006);
  const defs =
    radial('paper', [[0, '#fbf7ef'], [1, '#e9e0cf']], 0.4, 0.4, 0.9) +
    radial('disc', [[0, '#d11f29'], [1, '#8f0d15']], 0.35, 0.3, 0.8) +
    linear('nib', [[0, '#3a3d46'], [0.45, '#191b21'], [0.55, '#4a4e59'], [1, '#121318']], 0, 0, 1, 0) +
    linear('gold', [[0, '#e6c36a'], [1, '#a77b21']], 0, 0, 1, 0) +
    blur('b10', 10) + blur('b20', 20);

  let body = `<rect width="${W}" height="${H}" fill="url(#paper)"/>`;
  // Abstract newspaper columns (bars, no letters).
  body += `<rect x="110" y="120" width="560" height="30" rx="4" fill="#1a1a1a" opacity="0.85"/>`;
  body += `<rect x="110" y="166" width="420" height="30" rx="4" fill="#1a1a1a" opacity="0.85"/>`;
  body += `<rect x="110" y="224" width="560" height="4" fill="${BRAND}"/>`;
  for (let col = 0; col < 3; col++) {
    const x0 = 110 + col * 195;
    for (let r = 0; r < 24; r++) {
      const y = 262 + r * 22;
      const w = r % 7 === 6 ? 60 + rand() * 60 : 150 + rand() * 25;
      if (r % 7 === 6 && rand() < 0.3) continue;
      body += `<rect x="${n(x0 + 175 - w)}" y="${y}" width="${n(w)}" height="9" rx="4.5" fill="#2b2b2b" opacity="${n(0.16 + rand() * 0.06)}"/>`;
    }
  }
  body += `<rect x="110" y="810" width="560" height="3" fill="#1a1a1a" opacity="0.4"/>`;

  // Red disc with a neural network.
  const cx = 1150, cy = 420, R = 320;
  body += `<circle cx="${cx + 18}" cy="${cy + 24}" r="${R}" fill="#5a0a0f" opacity="0.25" filter="url(#b20)"/>`;
  body += `<circle cx="${cx}" cy="${cy}" r="${R}" fill="url(#disc)"/>`;
  const layers = [[-140, 4], [-20, 6], [100, 6], [215, 3]];
  const nodes = layers.map(([dx, count]) => Array.from({ length: count }, (_, i) => [cx + dx, cy - 30 + (i - (count - 1) / 2) * 74]));
  let net = '';
  for (let l = 0; l < nodes.length - 1; l++) {
    for (const a of nodes[l]) for (const b of nodes[l + 1]) {
      net += `<line x1="${a[0]}" y1="${n(a[1])}" x2="${b[0]}" y2="${n(b[1])}" stroke="#ffffff" stroke-width="${n(1 + rand() * 2.2)}" opacity="${n(0.25 + rand() * 0.4)}"/>`;
    }
  }
  for (const layer of nodes) for (const [x, y] of layer) net += `<circle cx="${x}" cy="${n(y)}" r="15" fill="#fbf7ef" stroke="#5a0a0f" stroke-width="3"/>`;
  body += net;

  // Ink stroke from the nib tip to the columns.
  body += `<path d="M 700 722 C 650 790, 600 730, 560 780 S 460 850, 380 820" fill="none" stroke="#1a1a1a" stroke-width="7" stroke-linecap="round"/>`;
  body += `<circle cx="380" cy="820" r="9" fill="#1a1a1a"/>`;

  // Fountain-pen nib, drawn with its tip at the origin.
  const nib = `
<path d="M 0 0 C -40 -60, -110 -150, -120 -250 L -120 -330 L 120 -330 L 120 -250 C 110 -150, 40 -60, 0 0 Z" fill="url(#nib)" stroke="#0b0c0f" stroke-width="3"/>
<path d="M 0 0 C -22 -40, -60 -110, -70 -190" fill="none" stroke="url(#gold)" stroke-width="5" opacity="0.9"/>
<path d="M 0 0 C 22 -40, 60 -110, 70 -190" fill="none" stroke="url(#gold)" stroke-width="5" opacity="0.9"/>
<line x1="0" y1="-2" x2="0" y2="-190" stroke="#e9e0cf" stroke-width="4"/>
<circle cx="0" cy="-205" r="18" fill="#e9e0cf" stroke="#0b0c0f" stroke-width="3"/>
<rect x="-132" y="-392" width="264" height="66" rx="10" fill="url(#gold)"/>
<rect x="-150" y="-560" width="300" height="172" rx="14" fill="#1a1a1a"/>`;
  body += blurred('b10', 'translate(700 720) rotate(20) scale(0.75) translate(14 14)', `<path d="M 0 0 C -40 -60, -110 -150, -120 -250 L -120 -560 L 120 -560 L 120 -250 C 110 -150, 40 -60, 0 0 Z" fill="#000"/>`, 'opacity="0.3"');
  body += `<g transform="translate(700 720) rotate(20) scale(0.75)">${nib}</g>`;
  return svg(defs, body);
}

/** 1007 — solar farm in the desert under a high sun, with transmission lines. */
function solarEnergy() {
  const horizon = 470;
  const project = projector(900, 800, horizon);
  const defs =
    linear('sky', [[0, '#1f6fb8'], [0.6, '#7fbde4'], [1, '#f5dcab']]) +
    radial('sun', [[0, '#ffffff', 1], [0.12, '#fff3c8', 1], [0.3, '#ffd27a', 0.55], [1, '#ff9a3c', 0]]) +
    linear('sand', [[0, '#e7bf84'], [1, '#c7834a']]) +
    linear('dune1', [[0, '#edc891'], [1, '#d9a567']]) +
    linear('dune2', [[0, '#e2ad6c'], [1, '#c98c4f']]) +
    linear('panel', [[0, '#2c6bb8'], [0.5, '#173f78'], [1, '#0f2c57']], 0, 0, 1, 1) +
    blur('b3', 3) + blur('b20', 20);

  let body = `<rect width="${W}" height="${horizon + 2}" fill="url(#sky)"/>`;
  body += `<circle cx="1230" cy="150" r="360" fill="url(#sun)"/>`;
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2 + 0.1;
    body += `<line x1="${n(1230 + Math.cos(a) * 90)}" y1="${n(150 + Math.sin(a) * 90)}" x2="${n(1230 + Math.cos(a) * 170)}" y2="${n(150 + Math.sin(a) * 170)}" stroke="#fff4d6" stroke-width="4" stroke-linecap="round" opacity="0.6"/>`;
  }
  body += `<circle cx="1230" cy="150" r="70" fill="#fffaf0"/>`;
  // Distant dunes and ground.
  body += `<path d="M 0 ${horizon - 30} C 200 ${horizon - 70}, 380 ${horizon - 10}, 560 ${horizon - 35} C 760 ${horizon - 60}, 940 ${horizon - 5}, 1160 ${horizon - 25} C 1330 ${horizon - 45}, 1480 ${horizon - 20}, 1600 ${horizon - 40} L 1600 ${horizon + 10} L 0 ${horizon + 10} Z" fill="url(#dune1)"/>`;
  body += `<rect x="0" y="${horizon}" width="${W}" height="${H - horizon}" fill="url(#sand)"/>`;
  body += `<path d="M 0 ${horizon + 10} C 300 ${horizon - 25}, 520 ${horizon + 30}, 820 ${horizon + 8} C 1100 ${horizon - 12}, 1350 ${horizon + 25}, 1600 ${horizon + 4} L 1600 ${horizon + 40} L 0 ${horizon + 40} Z" fill="url(#dune2)" opacity="0.8"/>`;

  // Transmission pylons marching to the horizon on the right.
  const pylon = (x, base, h) => {
    const w = h * 0.32;
    return `<g stroke="#4a3b3a" stroke-width="${n(Math.max(1, h / 90))}" fill="none">
<path d="M ${n(x - w / 2)} ${base} L ${n(x - w * 0.12)} ${n(base - h)} L ${n(x + w * 0.12)} ${n(base - h)} L ${n(x + w / 2)} ${base}"/>
<path d="M ${n(x - w / 2)} ${base} L ${n(x + w * 0.3)} ${n(base - h * 0.45)} M ${n(x + w / 2)} ${base} L ${n(x - w * 0.3)} ${n(base - h * 0.45)} M ${n(x - w * 0.3)} ${n(base - h * 0.45)} L ${n(x + w * 0.15)} ${n(base - h * 0.85)} M ${n(x + w * 0.3)} ${n(base - h * 0.45)} L ${n(x - w * 0.15)} ${n(base - h * 0.85)}"/>
<path d="M ${n(x - w * 0.8)} ${n(base - h * 0.8)} L ${n(x + w * 0.8)} ${n(base - h * 0.8)} M ${n(x - w * 0.6)} ${n(base - h * 0.95)} L ${n(x + w * 0.6)} ${n(base - h * 0.95)}"/></g>`;
  };
  const towers = [[1500, horizon + 150, 330], [1300, horizon + 60, 150], [1190, horizon + 26, 78], [1130, horizon + 12, 40]];
  for (let i = 0; i < towers.length - 1; i++) {
    const [x1, b1, h1] = towers[i], [x2, b2, h2] = towers[i + 1];
    for (const f of [-0.8, 0.8]) {
      const ax = x1 + f * h1 * 0.32, ay = b1 - h1 * 0.8, bx = x2 + f * h2 * 0.32, by = b2 - h2 * 0.8;
      body += `<path d="M ${n(ax)} ${n(ay)} Q ${n((ax + bx) / 2)} ${n((ay + by) / 2 + 25)} ${n(bx)} ${n(by)}" fill="none" stroke="#4a3b3a" stroke-width="1.6" opacity="0.8"/>`;
    }
  }
  for (const [x, b, h] of [...towers].reverse()) body += pylon(x, b, h);

  // Solar panel rows, far to near.
  const rows = [];
  for (let z = 3.4; z < 60; z *= 1.22) rows.push(z);
  const camH = 1.6;
  for (let r = rows.length - 1; r >= 0; r--) {
    const z = rows[r];
    let rowSvg = '';
    for (let X = -14; X < 6; X += 1.9) {
      const x0 = X, x1 = X + 1.75;
      const bl = project(x0, camH - 0.35, z), br = project(x1, camH - 0.35, z);
      const tr = project(x1, camH - 1.05, z + 0.75), tl = project(x0, camH - 1.05, z + 0.75);
      if (Math.max(bl[0], br[0], tr[0], tl[0]) < -10 || Math.min(bl[0], tl[0]) > W + 10) continue;
      const leg = project(x0 + 0.87, camH, z + 0.2);
      const legTop = project(x0 + 0.87, camH - 0.5, z + 0.3);
      rowSvg += `<line x1="${n(leg[0])}" y1="${n(leg[1])}" x2="${n(legTop[0])}" y2="${n(legTop[1])}" stroke="#6b5444" stroke-width="${n(Math.max(1, 14 / z))}"/>`;
      rowSvg += `<polygon points="${pts([bl, br, tr, tl])}" fill="url(#panel)" stroke="#cfe3f7" stroke-width="${n(Math.max(0.6, 5 / z))}"/>`;
      if (z < 20) {
        for (let k = 1; k < 4; k++) {
          const a = project(x0 + (k * 1.75) / 4, camH - 0.35, z), b = project(x0 + (k * 1.75) / 4, camH - 1.05, z + 0.75);
          rowSvg += `<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}" stroke="#6f9fd6" stroke-width="${n(Math.max(0.5, 3 / z))}" opacity="0.6"/>`;
        }
        const m1 = project(x0, camH - 0.7, z + 0.375), m2 = project(x1, camH - 0.7, z + 0.375);
        rowSvg += `<line x1="${n(m1[0])}" y1="${n(m1[1])}" x2="${n(m2[0])}" y2="${n(m2[1])}" stroke="#6f9fd6" stroke-width="${n(Math.max(0.5, 3 / z))}" opacity="0.6"/>`;
      }
      // Sky reflection along the upper edge of the panel.
      const g1 = project(x0 + 0.05, camH - 0.98, z + 0.7), g2 = project(x1 - 0.05, camH - 0.98, z + 0.7);
      rowSvg += `<line x1="${n(g1[0])}" y1="${n(g1[1])}" x2="${n(g2[0])}" y2="${n(g2[1])}" stroke="#9cc9f2" stroke-width="${n(Math.max(0.8, 10 / z))}" opacity="0.55"/>`;
    }
    const shadowA = project(-14, camH, z + 0.9), shadowB = project(6, camH, z + 0.9);
    body += `<line x1="${n(shadowA[0])}" y1="${n(shadowA[1])}" x2="${n(shadowB[0])}" y2="${n(shadowB[1])}" stroke="#8a5630" stroke-width="${n(Math.max(1, 60 / z))}" opacity="0.35"/>`;
    body += rowSvg;
  }
  // Heat haze near the horizon, warm accent.
  body += `<rect x="0" y="${horizon - 12}" width="${W}" height="26" fill="#ffe1b0" opacity="0.5" filter="url(#b20)"/>`;
  return svg(defs, body);
}

/** 1008 — a globe wrapped in tilted orbits of small satellites linked to each other and to the ground. */
function smallSatellites() {
  const rand = rng(1008);
  const gx = 800, gy = 600, gr = 320;
  const defs =
    radial('bg', [[0, '#3b1656'], [0.55, '#170a2c'], [1, '#06030d']], 0.5, 0.55, 0.85) +
    radial('ocean', [[0, '#3a86e8'], [0.6, '#1546a0'], [1, '#0a1f55']], 0.35, 0.3, 0.85) +
    linear('night', [[0, '#000', 0], [0.55, '#020615', 0.15], [1, '#020615', 0.85]], 0, 0, 1, 0.3) +
    `<linearGradient id="beam" gradientUnits="userSpaceOnUse" x1="1150" y1="230" x2="940" y2="410"><stop offset="0" stop-color="#ff5a6a" stop-opacity="0.05"/><stop offset="1" stop-color="${BRAND}" stop-opacity="0.85"/></linearGradient>` +
    `<clipPath id="globe"><circle cx="${gx}" cy="${gy}" r="${gr}"/></clipPath>` +
    blur('b6', 6) + blur('b24', 24);

  let body = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  body += stars(rand, 260);
  const orbits = [
    [640, 150, -22, '#7fd3ff'],
    [560, 120, 16, '#c7a4ff'],
    [700, 200, 4, '#7fd3ff'],
    [500, 95, -8, '#ff9fb0'],
  ];
  const arc = ([rx, ry, rot], front) => {
    const [a, b] = [onEllipse(gx, gy, rx, ry, rot, 0), onEllipse(gx, gy, rx, ry, rot, Math.PI)];
    return `M ${n(a[0])} ${n(a[1])} A ${rx} ${ry} ${rot} 0 ${front ? 1 : 0} ${n(b[0])} ${n(b[1])}`;
  };
  // Satellites per orbit, split into back (behind the globe) and front.
  const sats = [];
  orbits.forEach(([rx, ry, rot], i) => {
    const count = 5 + i;
    for (let k = 0; k < count; k++) {
      const t = (k / count) * Math.PI * 2 + i * 0.7;
      const p = onEllipse(gx, gy, rx, ry, rot, t);
      sats.push({ p, front: Math.sin(t) > 0, i });
    }
  });
  // Back halves.
  for (const o of orbits) body += `<path d="${arc(o, false)}" fill="none" stroke="${o[3]}" stroke-width="2" opacity="0.3"/>`;
  for (const s of sats.filter((s) => !s.front)) body += satellite(s.p[0], s.p[1], 0.55, Math.round(rand() * 40 - 20));

  // Globe.
  body += `<circle cx="${gx}" cy="${gy}" r="${gr + 10}" fill="none" stroke="#59c2ff" stroke-width="36" opacity="0.35" filter="url(#b24)"/>`;
  body += `<circle cx="${gx}" cy="${gy}" r="${gr}" fill="url(#ocean)"/>`;
  let grid = '';
  for (let lat = -60; lat <= 60; lat += 20) {
    const y = gy + gr * Math.sin((lat * Math.PI) / 180);
    const rx = gr * Math.cos((lat * Math.PI) / 180);
    grid += `<ellipse cx="${gx}" cy="${n(y)}" rx="${n(rx)}" ry="${n(rx * 0.12)}" fill="none" stroke="#bfe3ff" stroke-width="1.4" opacity="0.22"/>`;
  }
  for (let lon = 0; lon < 180; lon += 22.5) {
    const rx = Math.abs(gr * Math.cos((lon * Math.PI) / 180));
    grid += `<ellipse cx="${gx}" cy="${gy}" rx="${n(rx)}" ry="${gr}" fill="none" stroke="#bfe3ff" stroke-width="1.4" opacity="0.22"/>`;
  }
  // City lights scattered on the darker side.
  for (let i = 0; i < 160; i++) {
    const a = rand() * Math.PI * 2, d = Math.sqrt(rand()) * gr;
    const x = gx + d * Math.cos(a), y = gy + d * Math.sin(a);
    if (x < gx + 40) continue;
    grid += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(0.8 + rand() * 1.8)}" fill="#ffd27a" opacity="${n(0.35 + rand() * 0.5)}"/>`;
  }
  body += `<g clip-path="url(#globe)">${grid}<rect x="${gx - gr}" y="${gy - gr}" width="${gr * 2}" height="${gr * 2}" fill="url(#night)"/></g>`;
  body += `<circle cx="${gx}" cy="${gy}" r="${gr}" fill="none" stroke="#9fdcff" stroke-width="3" opacity="0.7"/>`;

  // Front halves, links between satellites, satellites.
  for (const o of orbits) body += `<path d="${arc(o, true)}" fill="none" stroke="${o[3]}" stroke-width="2.4" opacity="0.75"/>`;
  const front = sats.filter((s) => s.front);
  for (let i = 0; i < front.length; i++) {
    for (let j = i + 1; j < front.length; j++) {
      const [a, b] = [front[i].p, front[j].p];
      const d = Math.hypot(a[0] - b[0], a[1] - b[1]);
      if (d < 260 && d > 60) body += `<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}" stroke="#ffffff" stroke-width="1.4" stroke-dasharray="3 7" opacity="0.45"/>`;
    }
  }
  // A downlink beam in brand red from one satellite to the ground.
  const [hx, hy] = [1150, 230];
  const ground = [940, 410];
  body += `<polygon points="${pts([[hx, hy], [ground[0] - 70, ground[1] - 30], [ground[0] + 40, ground[1] + 55]])}" fill="url(#beam)"/>`;
  body += `<circle cx="${ground[0]}" cy="${ground[1]}" r="10" fill="${BRAND}" stroke="#ffffff" stroke-width="3"/>`;
  for (const r of [24, 40, 58]) body += `<circle cx="${ground[0]}" cy="${ground[1]}" r="${r}" fill="none" stroke="#ff8a96" stroke-width="2.5" opacity="${n(0.8 - r / 90)}"/>`;
  for (const s of front) body += satellite(s.p[0], s.p[1], 0.8, Math.round(rand() * 40 - 20));
  body += `<circle cx="${n(hx)}" cy="${n(hy)}" r="30" fill="${BRAND}" opacity="0.5" filter="url(#b6)"/>`;
  body += satellite(hx, hy, 1.1, 0, '#c0262f');
  return svg(defs, body);
}

/** 1009 — night match analytics: a dark pitch with heat map, passing network and floodlights. */
function footballAnalytics() {
  const rand = rng(1009);
  const defs =
    linear('bg', [[0, '#05100b'], [1, '#0a1f14']]) +
    radial('heat', [[0, '#fff1a8', 0.95], [0.25, '#ffb020', 0.75], [0.6, BRAND, 0.45], [1, BRAND, 0]]) +
    radial('cool', [[0, '#52e0c4', 0.55], [1, '#52e0c4', 0]]) +
    radial('flood', [[0, '#ffffff', 0.9], [0.2, '#e9f4ff', 0.35], [1, '#e9f4ff', 0]]) +
    radial('vig', [[0.6, '#000', 0], [1, '#000', 0.6]], 0.5, 0.5, 0.75) +
    blur('b4', 4) + blur('b30', 30);

  let body = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  // Pitch 1400×800 centred.
  const px = 100, py = 50, pw = 1400, ph = 800;
  for (let i = 0; i < 14; i++) body += `<rect x="${px + i * 100}" y="${py}" width="100" height="${ph}" fill="${i % 2 ? '#0f3a24' : '#114129'}"/>`;
  const L = 'fill="none" stroke="#d7f5e4" stroke-width="4" opacity="0.45"';
  body += `<rect x="${px}" y="${py}" width="${pw}" height="${ph}" ${L}/>`;
  body += `<line x1="800" y1="${py}" x2="800" y2="${py + ph}" ${L}/><circle cx="800" cy="450" r="110" ${L}/>`;
  for (const side of [0, 1]) {
    const x = side ? px + pw - 220 : px;
    const gx = side ? px + pw - 80 : px;
    body += `<rect x="${x}" y="${450 - 240}" width="220" height="480" ${L}/><rect x="${gx}" y="${450 - 110}" width="80" height="220" ${L}/>`;
    const arcX = side ? px + pw - 220 : px + 220;
    body += `<path d="M ${arcX} ${450 - 90} A 120 120 0 0 ${side ? 0 : 1} ${arcX} ${450 + 90}" ${L}/>`;
  }
  // Heat map blobs concentrated in the attacking right half.
  const blobs = [[1180, 330, 190], [1060, 520, 160], [1300, 450, 140], [900, 260, 120], [960, 640, 110], [720, 450, 130], [1350, 250, 90]];
  for (const [x, y, r] of blobs) body += `<circle cx="${x}" cy="${y}" r="${r}" fill="url(#heat)" opacity="${n(0.55 + rand() * 0.35)}"/>`;
  for (const [x, y, r] of [[380, 300, 160], [330, 620, 140], [520, 470, 120]]) body += `<circle cx="${x}" cy="${y}" r="${r}" fill="url(#cool)"/>`;

  // Passing network.
  const players = [[190, 450], [380, 250], [350, 650], [560, 450], [700, 250], [760, 640], [920, 420], [1080, 230], [1120, 610], [1250, 400], [1330, 560]];
  const links = [[0, 1, 2], [0, 2, 2], [1, 3, 4], [2, 3, 3], [1, 4, 5], [3, 4, 4], [3, 5, 3], [2, 5, 4], [4, 6, 6], [5, 6, 5], [4, 7, 4], [6, 7, 7], [6, 8, 5], [5, 8, 3], [7, 9, 6], [8, 9, 5], [6, 9, 8], [9, 10, 4], [8, 10, 3], [7, 10, 2]];
  for (const [a, b, w] of links) {
    const [A, B] = [players[a], players[b]];
    body += `<line x1="${A[0]}" y1="${A[1]}" x2="${B[0]}" y2="${B[1]}" stroke="#ffffff" stroke-width="${w * 1.6}" stroke-linecap="round" opacity="${n(0.15 + w * 0.06)}"/>`;
  }
  for (const [x, y] of players) {
    body += `<circle cx="${x}" cy="${y}" r="30" fill="#000" opacity="0.4" filter="url(#b4)"/>`;
    body += `<circle cx="${x}" cy="${y}" r="22" fill="${BRAND}" stroke="#ffffff" stroke-width="5"/>`;
  }
  // Shot trajectory to goal and the ball.
  body += `<path d="M 1250 400 Q 1380 360 1490 430" fill="none" stroke="#fff1a8" stroke-width="4" stroke-dasharray="10 10" stroke-linecap="round"/>`;
  body += `<circle cx="1490" cy="430" r="12" fill="#ffffff" stroke="#111" stroke-width="2.5"/>`;
  // Small chart bars bottom left: possession-like bars (no numbers).
  body += `<g transform="translate(130 780)" opacity="0.9">` +
    [38, 62, 50, 80, 66, 92].map((h, i) => `<rect x="${i * 26}" y="${-h}" width="16" height="${h}" rx="3" fill="${i === 5 ? BRAND : '#d7f5e4'}" opacity="${i === 5 ? 1 : 0.55}"/>`).join('') + `</g>`;

  // Floodlights in the corners.
  for (const [x, y] of [[0, 0], [W, 0]]) {
    body += `<circle cx="${x}" cy="${y}" r="420" fill="url(#flood)" opacity="0.55"/>`;
  }
  for (const [x, dir] of [[70, 1], [1530, -1]]) {
    let lamps = `<rect x="${x - 50}" y="18" width="100" height="56" rx="6" fill="#1b2a22" stroke="#3b5246" stroke-width="2"/>`;
    for (let r = 0; r < 2; r++) for (let c = 0; c < 4; c++) lamps += `<circle cx="${x - 36 + c * 24}" cy="${34 + r * 24}" r="9" fill="#ffffff"/>`;
    body += `<g transform="rotate(${dir * 18} ${x} 46)">${lamps}</g>`;
  }
  body += `<rect width="${W}" height="${H}" fill="url(#vig)"/>`;
  return svg(defs, body);
}

/* ------------------------------------------------------------------ main */

const images = [
  { name: '1001-spacex-ipo', draw: spacexIpo },
  { name: '1002-wheat-prices', draw: wheatPrices },
  { name: '1003-data-centre-energy', draw: dataCentreEnergy },
  { name: '1004-var-explainer', draw: varExplainer },
  { name: '1005-cairo-fog', draw: cairoFog },
  { name: '1006-ai-newsrooms', draw: aiNewsrooms },
  { name: '1007-solar-energy', draw: solarEnergy },
  { name: '1008-small-satellites', draw: smallSatellites },
  { name: '1009-football-analytics', draw: footballAnalytics },
];

async function main() {
  const only = process.argv.slice(2);
  await mkdir(outDir, { recursive: true });
  let failed = false;
  for (const { name, draw } of images) {
    if (only.length && !only.some((prefix) => name.startsWith(prefix))) continue;
    const source = draw();
    if (/<text[\s>]/.test(source)) throw new Error(`${name}: images must not contain text`);
    const webp = await sharp(Buffer.from(source), { density: 72 })
      .resize(W, H, { fit: 'fill' })
      .webp({ quality: QUALITY, effort: 6, smartSubsample: true })
      .toBuffer();
    const meta = await sharp(webp).metadata();
    const file = path.join(outDir, `${name}.webp`);
    if (meta.width !== W || meta.height !== H) {
      console.error(`✗ ${name}: ${meta.width}×${meta.height}, expected ${W}×${H}`);
      failed = true;
      continue;
    }
    if (webp.length >= MAX_BYTES) {
      console.error(`✗ ${name}: ${webp.length} bytes, must be under ${MAX_BYTES}`);
      failed = true;
      continue;
    }
    await writeFile(file, webp);
    console.log(`✓ ${path.relative(root, file)}  ${W}×${H}  ${(webp.length / 1000).toFixed(1)} KB`);
  }
  if (failed) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
