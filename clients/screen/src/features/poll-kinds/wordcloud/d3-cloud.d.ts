// The part of d3-cloud's API the word cloud uses (the package ships no types; @types/d3-cloud pulls in all of d3 v3's).
declare module 'd3-cloud' {
  export interface CloudWord { text: string; size: number; x?: number; y?: number; rotate?: number; hasText?: boolean }
  export interface Cloud<T extends CloudWord> {
    size(size: [number, number]): Cloud<T>;
    words(words: T[]): Cloud<T>;
    text(text: (d: T) => string): Cloud<T>;
    font(font: string): Cloud<T>;
    fontWeight(weight: string | number): Cloud<T>;
    fontSize(size: (d: T) => number): Cloud<T>;
    padding(padding: number | ((d: T) => number)): Cloud<T>;
    rotate(rotate: number | ((d: T) => number)): Cloud<T>;
    spiral(spiral: 'archimedean' | 'rectangular'): Cloud<T>;
    random(random: () => number): Cloud<T>;
    timeInterval(ms: number): Cloud<T>;
    canvas(canvas: () => HTMLCanvasElement): Cloud<T>;
    on(event: 'end', listener: (placed: (T & Required<CloudWord>)[]) => void): Cloud<T>;
    start(): Cloud<T>;
    stop(): Cloud<T>;
  }
  export default function cloud<T extends CloudWord>(): Cloud<T>;
}
