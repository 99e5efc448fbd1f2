import { searchForm, readableExcerpt } from './src/domain/search-words.ts';
for (const s of ['阿富汗与乌兹别克斯坦签署过境贸易协定。双方代表在塔什干签署了', '水資源専門家に聞く：カジャキ・ダムの将来', 'เจ้าหน้าที่ศุลกากรกล่าวว่า ตลาดชายแดน', 'በደቡብ፡ክልል፡የሚገኘው', 'A café owner; The ﬁnance', 'İstanbul\'daki', 'עיתון בשם „הַמַּגִּיד”', '«وَتَعَاوَنُوا عَلَى الْبِرِّ»', 'Plain English text, unchanged.']) {
  const f = searchForm(s); console.log(JSON.stringify(f), '→', JSON.stringify(readableExcerpt(f)));
}
console.log(readableExcerpt('阿富汗 与 <mark>乌兹别克斯坦</mark> 签署 过境'));
