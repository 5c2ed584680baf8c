/**
 * XSS vectors and naughty strings for the naughty-strings e2e spec, generated here (nothing fetched, nothing big
 * committed). Every script-shaped payload calls one of the markers below; the spec counts those in the browser.
 *
 * Deterministic: the same list, in the same order, on every run.
 */

/** What an executed payload does. Each is caught by the spec: a counter, a request to /pwned…, or a dialog. */
export const markers = [
  'window.__pwned=(window.__pwned||0)+1',
  "fetch('/pwned')",
  'alert(1)',
  "new Image().src='/pwned-img'",
  "import('/pwned.js')",
  "eval('window.__pwned=(window.__pwned||0)+1')",
  "location='/pwned-nav'",
  'top.__pwned=(top.__pwned||0)+1;confirm(2)',
];

/** Classic and less classic XSS shapes; `J` is the marker's JavaScript. */
const xssTemplates: ((J: string) => string)[] = [
  J => `<script>${J}</script>`,
  J => `<ScRiPt>${J}</sCrIpT>`,
  J => `<script src="data:text/javascript,${J}"></script>`,
  J => `<script>/*${J}*/</script><script src=/pwned.js></script>`,
  J => `<img src=x onerror=${J}>`,
  J => `<img src="x" onerror="${J}">`,
  J => `<IMG SRC=x oNeRrOr=${J}//`,
  J => `<img src=\`x\`onerror=${J}>`,
  J => `<svg onload=${J}>`,
  J => `<svg/onload=${J}//`,
  J => `"><svg/onload=${J}>`,
  J => `<svg><script>${J}</script></svg>`,
  J => `<svg><animate onbegin=${J} attributeName=x dur=1s>`,
  J => `<svg><a xlink:href="javascript:${J}"><text x=20 y=20>X</text></a></svg>`,
  J => `<body onload=${J}>`,
  J => `<iframe src="javascript:${J}"></iframe>`,
  J => `<iframe srcdoc="<script>${J}</script>"></iframe>`,
  J => `<a href="javascript:${J}">click me</a>`,
  J => `<a href="jAvAsCrIpT:${J}">点我</a>`,
  J => `<a href="&#106;avascript:${J}">x</a>`,
  J => `javascript:${J}`,
  J => `JaVaScRiPt:${J}`,
  J => ` javascript:${J}//`,
  J => `data:text/html,<script>${J}</script>`,
  J => `<details open ontoggle=${J}>`,
  J => `<video><source onerror="${J}"></video>`,
  J => `<audio src=x onerror=${J}>`,
  J => `<input autofocus onfocus=${J}>`,
  J => `<select autofocus onfocus=${J}></select>`,
  J => `<textarea autofocus onfocus=${J}></textarea>`,
  J => `<marquee onstart=${J}>`,
  J => `<math><mtext><table><mglyph><style><img src=x onerror=${J}>`,
  J => `<object data="javascript:${J}"></object>`,
  J => `<embed src="javascript:${J}">`,
  J => `<form action="javascript:${J}"><button>go</button></form>`,
  J => `<base href="javascript:${J}//">`,
  J => `<meta http-equiv="refresh" content="0;url=javascript:${J}">`,
  J => `<style>@import 'javascript:${J}';</style>`,
  J => `<div style="background:url(javascript:${J})">`,
  J => `<div style="width:expression(${J})">`,
  J => `x" onmouseover="${J}`,
  J => `' onfocus='${J}' autofocus='`,
  J => `"><script>${J}</script>`,
  J => `'><img src=x onerror=${J}>`,
  J => `</textarea><script>${J}</script>`,
  J => `</title><script>${J}</script>`,
  J => `</style><script>${J}</script>`,
  J => `<!--<img src="--><img src=x onerror=${J}//">`,
  J => `{{constructor.constructor('${J}')()}}`,
  J => `{{$on.constructor('${J}')()}}`,
  J => '${' + J + '}',
  J => '`${' + J + '}`',
  J => `#{${J}}`,
  J => `<%= ${J} %>`,
  J => `{"__html":"<img src=x onerror=${J}>"}`,
  J => `dangerouslySetInnerHTML={{__html:'<img src=x onerror=${J}>'}}`,
  J => `{"$$typeof":"Symbol.for('react.element')","type":"img","props":{"src":"x","onError":"${J}"}}`,
  J => `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${J} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${J}//>\\x3e`,
  J => `';${J};//';${J};//";${J};//";${J};//--></SCRIPT>">'><SCRIPT>${J}</SCRIPT>`,
  J => `%3Cscript%3E${encodeURIComponent(J)}%3C%2Fscript%3E`,
  J => `&lt;script&gt;${J}&lt;/script&gt;`,
  J => `\\u003cscript\\u003e${J}\\u003c/script\\u003e`,
  J => `<scr<script>ipt>${J}</scr</script>ipt>`,
  J => `<IMG """><SCRIPT>${J}</SCRIPT>">`,
  J => `<xss onafterscriptexecute=${J}><script>1</script>`,
  J => `<noscript><p title="</noscript><img src=x onerror=${J}>">`,
  J => `<template><script>${J}</script></template>`,
  J => `<table background="javascript:${J}">`,
  J => `¼script¾${J}¼/script¾`,
  J => `+ADw-script+AD4-${J}+ADw-/script+AD4-`,
  J => `<style>*{background:url('/pwned-css')}</style><b onclick=${J}>b</b>`,
  J => `<link rel=stylesheet href=/pwned.css><i onmouseover=${J}>i</i>`,
  J => `<img src=x:${J} onerror=eval(src)>`,
  J => `<img src="x" onerror="&#x77;indow.__pwned=1;${J}">`,
  J => `<isindex type=image src=1 onerror=${J}>`,
  J => `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${J}'/></svg>#x"/></svg>`,
  J => `<![CDATA[<script>${J}</script>]]>`,
  J => `<?xml version="1.0"?><html:script xmlns:html="http://www.w3.org/1999/xhtml">${J}</html:script>`,
];

/** Where an XSS shape may land: alone, mid-sentence, after a quote break, in Chinese. */
const contexts: ((s: string) => string)[] = [
  s => s,
  s => `问题：${s}`,
  s => `Hi! ${s} thanks`,
  s => `"'>${s}`,
  s => `【弹幕】${s}🎉`,
  s => `<b>${s}</b>`,
];

/** `count` combining marks (a Zalgo tower) on every character of `text`. */
export function zalgo(text: string, count: number, seed = 1): string {
  let x = seed;
  let out = '';
  for (const ch of text) {
    out += ch;
    for (let i = 0; i < count; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      out += String.fromCharCode(0x300 + (x % 0x70));
    }
  }
  return out;
}

/** Naughty strings: not attacks on HTML, but on code paths, layouts and normalisation. */
const naughtyBase: string[] = [
  // null-ish and type confusion
  'undefined', 'null', 'NULL', 'nil', 'NaN', 'Infinity', '-Infinity', 'true', 'false', '0', '-0', '0.0', '[]', '{}',
  '[object Object]', 'None', '(null)', '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString',
  'valueOf', '__defineGetter__', 'Object.prototype', '{"__proto__":{"isAdmin":true}}', 'function(){}', '=>',
  '1e308', '9007199254740993', '0x41', '1/0', '-1', '999999999999999999999999', '0.1+0.2', '٣', '१२३',
  // SQL and shells
  "' OR 1=1 --", "'; DROP TABLE questions; --", '" OR ""="', '1; SELECT * FROM sqlite_master', "admin'--",
  "' UNION SELECT key FROM signing --", "%' AND 1=0 UNION ALL SELECT", "Robert'); DROP TABLE Students;--",
  '$(reboot)', '`rm -rf /`', '; cat /etc/passwd', '| nc 127.0.0.1 4444', '&& shutdown -h now',
  // format strings and templates
  '%s%s%s%s%n', '%d %x %p', '%n%n%n%n', '{0}', '{{}}', '${PATH}', '%00', '%0d%0aSet-Cookie:x=y', '\\n\\r\\t',
  '{{7*7}}', '<%= 7*7 %>', '#{7*7}', '$${{7*7}}', '{{{raw}}}', '[[x]]',
  // paths and device names
  '../../../../etc/passwd', '..\\..\\windows\\win.ini', 'file:///etc/passwd', '/dev/null', 'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'C:\\Windows\\System32', '\\\\server\\share',
  // right-to-left and bidi tricks (overrides are stripped by the server)
  '\u202Egnp.exe', '\u202Dtest\u202C', '\u2066isolate\u2069', 'مرحبا بالعالم', 'שלום עולם', 'abc مرحبا def',
  '\u200Fright\u200Eleft', 'اَلسَّلَامُ عَلَيْكُمْ', '\u202Bembedded\u202C', 'admin\u202E\u2066nimda\u2069',
  'עִבְרִית 123 ABC', 'ٱلْعَرَبِيَّة', '‮‭mixed‬',
  // zero-width and invisible
  'a\u200Bb', 'zero\u200Cwidth\u200Dnon', '\uFEFFbom', 'word\u2060joiner', 'soft\u00ADhyphen', 'cgj\u034Fmark',
  'mongolian\u180Esep', '\u3164hangul filler', '\u2800braille blank', 'tag\u{E0041}\u{E0042}chars',
  'var\uFE0Fsel', 'inv\u2062isi\u2063ble\u2064',
  // emoji
  '👨‍👩‍👧‍👦', '👩🏽‍💻', '🏳️‍🌈', '🏴‍☠️', '🧑🏿‍🤝‍🧑🏻', '🇨🇳🇺🇸🇯🇵', '1️⃣2️⃣3️⃣', '👍🏻👍🏼👍🏽👍🏾👍🏿', '🫠🫡🫥',
  '🇦', '❤️ vs ❤︎', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '👁️‍🗨️', '🧔‍♀️', '🐈‍⬛', '🎉'.repeat(40), '😀'.repeat(12) + '‍'.repeat(5),
  // long words without spaces
  'A'.repeat(300), '字'.repeat(300), 'W'.repeat(120), 'ｗ'.repeat(90),
  'https://example.com/' + 'a'.repeat(260), '🎉'.repeat(300), 'a-b-c-d-e-f-g-h-i-j-k-l'.repeat(12),
  'Supercalifragilisticexpialidocious'.repeat(8), '山'.repeat(60), '_'.repeat(200), '.'.repeat(250),
  // Unicode normalisation (the server stores NFC)
  'e\u0301', 'cafe\u0301', '\u212B', '\u2126', '\u1100\u1161', 'A\u030A', 'ﬁ ligature', 'ｓｃｒｉｐｔ', '＜script＞',
  '﹤script﹥', 'ℌ𝔢𝔩𝔩𝔬 𝕎𝕠𝕣𝕝𝕕', 'İı Iİ', 'ß ẞ', 'ǅ ǆ Ǆ', 'ñ vs n\u0303', '한국어 ᄒᆞᆫ', 'Å Å Å',
  // CJK and friends
  '中文问题：什么时候发货？', '日本語のテキストです', '한국어 텍스트', '繁體中文測試', '𠜎𠜱𠝹𠱓𠱸𠲖𠳏', '〇〡〢〣',
  '︵︶︷︸', '「引号」『书名』【标题】', 'ヽ༼ຈل͜ຈ༽ﾉ', '(╯°□°）╯︵ ┻━┻', '主持人你好，请问年会几点开始？', '彁彁彁',
  '　全角空格　', '，。！？；：', '〜～', '𪚥𪚥',
  // whitespace and line breaks (collapsed by the server)
  'tab\there', 'many     spaces', 'nbsp\u00A0here', 'line\u2028separator', 'para\u2029separator', 'cr\r\nlf',
  '\t\t\tindented', 'trailing   ', '   leading', 'ideo\u3000space',
  // entities, markup-looking text
  '&amp; &lt; &gt; &#60; &#x3C; &nbsp; &NewLine;', '<b>bold</b>', '<i>italic', '</div></div></div>', '<!-- comment -->',
  '<br><br><br>', '**markdown** _em_ [link](javascript:alert(1))', '![img](x" onerror="alert(1))', '<p>p',
  // oddities
  '☃', '𝕿𝖍𝖊 𝖖𝖚𝖎𝖈𝖐', 'Ⓜ', 's̶t̶r̶i̶k̶e̶', '˙ɐ ʇ ɐ p ǝ p ı s d n', 'Scunthorpe', 'Penistone', '\uFFFD',
  'lone\uD800surrogate', 'lone\uDFFFlow', 'non\uFFFFchar', 'private\uE000use', '\u{10FFFF}', 'NUL\u0000byte',
  'bell\u0007', 'esc\u001B[31mred', 'del\u007F', '\u0085nel',
  zalgo('Zalgo', 8), zalgo('HE COMES', 15, 7), zalgo('弹幕', 12, 3), zalgo('x', 60, 9), zalgo('naughty strings', 4, 5),
];

/** Ways to dress a naughty string so each base gives several distinct payloads. */
const dressings: ((s: string, i: number) => string)[] = [
  s => s,
  s => `${s} ${s}`,
  s => `问：${s}？`,
  s => `«${s}»`,
  s => `${s}<b>bold</b>`,
  (s, i) => `${s} ${markers[i % markers.length]}`,
  (s, i) => `<img src=x alt="${s}" onerror=${markers[i % markers.length]}>`,
  (s, i) => `${s}<script>${markers[(i + 3) % markers.length]}</script>${s}`,
];

/** Every payload, unique, in a fixed order that interleaves the kinds. */
export function naughtyPayloads(): string[] {
  const xss: string[] = [];
  for (const context of contexts)
    for (const template of xssTemplates)
      for (const marker of markers) xss.push(context(template(marker)));
  const naughty: string[] = [];
  dressings.forEach((dress, d) => naughtyBase.forEach((base, b) => naughty.push(dress(base, b + d))));
  // Mixed: an XSS shape carrying a naughty string.
  const mixed: string[] = [];
  naughtyBase.forEach((base, b) => {
    const template = xssTemplates[(b * 7) % xssTemplates.length];
    mixed.push(template(`/*${base}*/${markers[b % markers.length]}`));
  });
  const all: string[] = [];
  const longest = Math.max(xss.length, naughty.length, mixed.length);
  for (let i = 0; i < longest; i++) {
    if (i < xss.length) all.push(xss[i]);
    if (i < naughty.length) all.push(naughty[i]);
    if (i < mixed.length) all.push(mixed[i]);
  }
  return [...new Set(all)];
}

/**
 * What the server stores for a text (server/Live.Domain/Common/Text.cs): lone surrogates dropped, NFC, control
 * and bidi/zero-width characters removed, whitespace runs collapsed to one space, trimmed.
 */
export function serverClean(input: string): string {
  const noLone = input.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  const normalized = noLone.normalize('NFC');
  let out = '';
  let lastWasSpace = false;
  for (const ch of normalized) {
    if (isDotNetWhiteSpace(ch)) {
      if (!lastWasSpace && out.length > 0) out += ' ';
      lastWasSpace = true;
      continue;
    }
    if (isHidden(ch)) continue;
    out += ch;
    lastWasSpace = false;
  }
  return out.replace(/ +$/, '');
}

// .NET char.IsWhiteSpace: separators (Zs, Zl, Zp), U+0009–U+000D, U+0085.
const isDotNetWhiteSpace = (ch: string) => /^[\p{Zs}\u2028\u2029\t\n\v\f\r\u0085]$/u.test(ch);
const isHidden = (ch: string) =>
  /^\p{Cc}$/u.test(ch) || /^[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF\u200B]$/u.test(ch);

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Length as the server counts it: user-perceived characters. */
export const textLength = (s: string) => [...graphemes.segment(s)].length;

/** The first `max` user-perceived characters of the cleaned text (what a form with that limit would let through). */
export function clip(input: string, max: number): string {
  const clean = serverClean(input);
  const parts = [...graphemes.segment(clean)].map(s => s.segment);
  return parts.length <= max ? clean : serverClean(parts.slice(0, max).join(''));
}
