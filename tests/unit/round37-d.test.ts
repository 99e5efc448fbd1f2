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
