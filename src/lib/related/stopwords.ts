import { foldWord } from './fold.ts';

/** Words too common to say what a story is about, for the site's languages (English, Pashto, Dari/Persian, Arabic). */
const en = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so some
such than that the their theirs them themselves then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your yours yourself
yourselves said says say told according also new one two three first last year years week weeks month months
day days time times people would could may might must shall since still yet however while whether though
although within without across along among around per via mr mrs ms dr including included include told
us its it's he's she's they're we're there's don't didn't won't can't isn't wasn't aren't weren't`;
const ps = `او د په چې له ته دا هغه یو کې کښې هم نه وو دی ده شو شوه شوي وي کړي کړې کړه کوي کوم لپاره سره
باندې څخه نور ډیر ډېر خو یې به پر تر وروسته مخکې ولې چیرې کله زه موږ تاسو دوی هر ټول ځینې اوس بیا ورته
یوه دغه دغو هغو دې وایي وویل ویلي`;
const fa = `و در به از که این آن را با برای است بود شد شده می نمی هم تا اما یا نیز چه هر همه هیچ دیگر پس پیش
روی زیر بین خود ما شما آنها ایشان او من ما یک دو سه گفت گفته کرد کرده کند کنند باید شود داشت دارد دارند
بر هست نیست ها های اند ای یکی اکنون هنوز شوند باشد می‌شود می‌کند می‌کنند می‌گوید می‌گویند گفته‌اند کرده‌اند
شده‌اند شده‌است داده کنار حالی چند`;
const ar = `في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين ما لا لم لن كان كانت يكون قد ثم أو او
و أن إن ان كل بعد قبل حتى عند هو هي هم نحن أنت بين كما أيضا وقال قال`;

/** Folded the way terms are (`fold.ts`): "أيضا" and "ایضا", "don't" and "dont" are all stop words. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [en, ps, fa, ar].flatMap((list) => list.split(/\s+/).filter(Boolean)).map(foldWord),
);
