import { describe, expect, it } from 'vitest';
import { absoluteLink, keyInLink, routerPath } from './link-urls';

describe('link urls', () => {
  it('makes a path absolute on the join link\'s address', () => {
    expect(absoluteLink('/console/482913#key=m.k', 'http://192.168.1.20:5080/j/482913')).toBe('http://192.168.1.20:5080/console/482913#key=m.k');
    expect(absoluteLink('/screen/482913#key=s', 'not a url')).toBe(`${window.location.origin}/screen/482913#key=s`);
  });

  it('reads the key from a link and keeps only the router part', () => {
    expect(keyInLink('/console/482913#key=h.new%2Bx')).toBe('h.new+x');
    expect(keyInLink('/console/482913')).toBeNull();
    expect(routerPath('http://192.168.1.20:5080/console/482913#key=h')).toBe('/console/482913#key=h');
    expect(routerPath('/console/482913#key=h')).toBe('/console/482913#key=h');
  });
});
