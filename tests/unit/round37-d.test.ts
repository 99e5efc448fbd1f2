import { describe, expect, it } from 'vitest';
import { allowImageHost } from '../helpers/image-hosts.ts';

describe('round 37d #1: a raw-HTML photo with its own width and height is laid out by the body photo rule', async () => {
  allowImageHost('images.example.org');
  const { renderBody } = await import('#/build/render-batch.ts');
  const img = (body: string) => /<img [^>]*>/.exec(renderBody(body).html)?.[0];
  it('a portrait 2000×3000 is at most 640 tall, a landscape 3000×2000 the widest copy keeping its shape, a 1×16000 strip 640', () => {
    expect(img('<img src="https://images.example.org/a.jpg" width="2000" height="3000" alt="Tower">')).toMatch(/width="426" height="639"/);
    expect(img('<img src="https://images.example.org/a.jpg" width="3000" height="2000" alt="Square">')).toMatch(/width="1600" height="1067"/);
    expect(img('<img src="https://images.example.org/a.jpg" width="1" height="16000" alt="Pole">')).toMatch(/width="1" height="640"/);
  });
  it('one that fits is kept as written; one with a single dimension is left to the stylesheet', () => {
    expect(img('<img src="https://images.example.org/a.jpg" width="320" height="240" alt="Thumb">')).toMatch(/width="320" height="240"/);
    expect(img('<img src="https://images.example.org/a.jpg" width="3000" alt="Wide">')).toMatch(/width="3000"/);
  });
});

describe('round 37d #2: private and own-machine IP hosts are judged by node:net\'s address lists', async () => {
  const { isLocalHost, isPrivateHost } = await import('#/check/rules/local-hosts.ts');
  const host = (h: string) => new URL(`http://${h}/`).hostname;
  it.each(['[::ffff:192.168.1.1]', '[::ffff:172.31.0.1]', '[fe80::1]', '[fc00::5]', '100.64.0.1', '[::ffff:169.254.0.9]'])('%s is private', (h) => {
    expect(isPrivateHost(host(h))).toBe(true);
  });
  it.each(['[::ffff:8.8.8.8]', '[::ffff:172.32.0.1]', '[fec0::1]', '11.0.0.1', '192.169.0.1'])('%s is public', (h) => {
    expect(isPrivateHost(host(h))).toBe(false);
  });
  it('loopback, written in IPv4 or IPv6 (mapped too), is the own machine', () => {
    for (const h of ['127.0.0.1', '127.255.0.3', '0.0.0.0', '[::1]', '[::]', '[::ffff:127.0.0.1]']) expect(isLocalHost(host(h)), h).toBe(true);
    for (const h of ['128.0.0.1', '[::2]', '10.0.0.1']) expect(isLocalHost(host(h)), h).toBe(false);
  });
});
