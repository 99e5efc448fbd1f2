import { createMarkdownRenderer } from './src/markdown/pipeline.ts';
const r = createMarkdownRenderer();
console.log(r('Text[^1] and[^2].\n[^1]: one\ncontinued\n[^2]: two\n\npara\n[x]: https://a.example/\n\n[y]').html);
console.log(r('A[^a] B[^A]\n\n[^a]: lower\n[^A]: upper\n[^1]: orphan').html);
