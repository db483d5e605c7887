// Asks the background to extract the facts of the article found on the page, and checks what comes
// back before anything is drawn from it: a message is input.
import type { Facts } from '../core/types';
import type { PageArticle } from '../page/find-article';
import { CONTENT_TO_BACKGROUND, envelope, type ContentToBackground, type ExtractRequest, type Result } from '../shared/messages';
import { extensionApi } from '../shared/extension-api';
import { isFacts } from '../shared/is-facts';

export async function requestFacts(article: PageArticle, source: string): Promise<Facts> {
  const params: ExtractRequest = {
    text: article.text,
    title: article.title,
    source,
    publishedDate: article.publishedDate,
    languageHint: article.language,
    siteName: document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content.trim().slice(0, 200) || null,
  };
  if (!CONTENT_TO_BACKGROUND.extract(params)) throw new Error('article too large to read');
  const answer = (await extensionApi().runtime.sendMessage(envelope<ContentToBackground, 'extract'>('extract', params))) as
    | Result<unknown>
    | undefined;
  if (answer?.ok !== true) throw new Error(answer && answer.ok === false ? answer.error : 'no answer from the background');
  if (!isFacts(answer.value) || answer.value.article.text !== article.text) throw new Error('malformed facts');
  return answer.value;
}
