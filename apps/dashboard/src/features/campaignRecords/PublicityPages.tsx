import AddPhotoIcon from '@mui/icons-material/AddPhotoAlternate';
import { Box, Button, Card, CardContent, Chip, CircularProgress, MenuItem, Pagination, Stack, Tab, Tabs, TextField, Tooltip, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ChangeEvent } from 'react';
import { Title, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { fieldErrorsOf, publicRequest, useGql, useRunAction } from '../../common/api';
import { fetchWithToken, formatBytes, uploadArticleImage } from '../../common/files';
import { EmptyBox, QueryState } from '../../common/states';
import type { ArticleKind, PublicityArticlesQuery } from '../../gql/graphql';
import { PublicFrame } from '../credit/pages/PublicPages';
import {
  ARTICLES_QUERY,
  PUBLIC_ARTICLE_QUERY,
  PUBLIC_ARTICLES_QUERY,
  PUBLISH_ARTICLE,
  REMOVE_ARTICLE_IMAGE,
  SAVE_ARTICLE,
  WITHDRAW_ARTICLE,
} from './operations';

type Article = PublicityArticlesQuery['publicityArticles'][number];
const KINDS: ArticleKind[] = ['NEWS', 'TYPICAL_CASE', 'NOTICE'];
const PER_PAGE = 10;
const day = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '—');

const EMPTY = { kind: 'NEWS' as ArticleKind, title: '', summary: '', body: '', source: '' };

/** The bureau's editor: a new draft, or the draft being edited. */
const ArticleEditor = ({ article, onDone }: { article: Article | null; onDone: () => void }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const [form, setForm] = useState(
    article ? { kind: article.kind, title: article.title, summary: article.summary ?? '', body: article.body, source: article.source ?? '' } : EMPTY,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setForm((f) => ({ ...f, [k]: value }));
  };
  const err = (k: string) => ({ error: !!errors[k], helperText: errors[k] });
  // One request at a time: a double click on a new article's save would write two drafts.
  const save = async () => {
    setSaving(true);
    try {
      await run(SAVE_ARTICLE, { id: article?.id ?? null, input: { ...form, summary: form.summary || null, source: form.source || null } }, 'saveArticle');
      onDone();
    } catch (e) {
      setErrors(fieldErrorsOf(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack spacing={2} sx={{ maxWidth: 900, mb: 3 }} data-testid="article-editor">
      <Typography variant="subtitle1">{translate(article ? 'app.publicity.edit' : 'app.publicity.create')}</Typography>
      <TextField
        select
        name="kind"
        label={translate('app.publicity.kind')}
        value={form.kind}
        onChange={set('kind')}
        sx={{ maxWidth: 240 }}
        {...err('articleKind')}
      >
        {KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {translate(`app.publicity.kinds.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField name="title" label={translate('app.publicity.articleTitle')} value={form.title} onChange={set('title')} {...err('title')} />
      <TextField name="summary" label={translate('app.publicity.summary')} value={form.summary} onChange={set('summary')} {...err('articleSummary')} />
      <TextField name="body" label={translate('app.publicity.body')} value={form.body} onChange={set('body')} multiline minRows={6} {...err('body')} />
      <TextField name="source" label={translate('app.publicity.source')} value={form.source} onChange={set('source')} {...err('articleSource')} />
      <Box>
        <Button variant="contained" onClick={save} disabled={saving}>
          {translate('app.publicity.save')}
        </Button>
      </Box>
    </Stack>
  );
};

/** An image as the bureau sees it whatever the article's status (a draft's is not public): fetched with the token. */
const BureauImage = ({ url, alt }: { url: string; alt: string }) => {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let gone = false;
    let objectUrl: string | null = null;
    fetchWithToken(url)
      .then((blob) => {
        if (gone) return;
        objectUrl = URL.createObjectURL(blob);
        setSrc(objectUrl);
      })
      .catch(() => setSrc(null));
    return () => {
      gone = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  return src ? (
    <Box component="img" src={src} alt={alt} sx={{ height: 96, maxWidth: 160, objectFit: 'cover', borderRadius: 1 }} />
  ) : (
    <Box sx={{ width: 128, height: 96, display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'action.hover', borderRadius: 1 }}>
      <CircularProgress size={20} />
    </Box>
  );
};

/** The article's images; while it is a draft, the bureau adds (POST /publicity-images, checked on the server) and removes them. */
const ArticleImages = ({ article }: { article: Article }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const client = useQueryClient();
  const editable = article.availableActions.some((a) => a.action === 'EDIT' && a.available);
  const [caption, setCaption] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['gql', 'publicityArticles'] });
  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(e.target.files ?? [])];
    e.target.value = '';
    setBusy(true);
    setError(null);
    for (const file of picked) {
      try {
        await uploadArticleImage(article.id, file, caption.trim() || null);
      } catch (err) {
        setError(`${file.name}：${err instanceof Error ? err.message : String(err)}`);
      }
    }
    setCaption('');
    setBusy(false);
    await refresh();
  };
  const remove = async (id: string) => {
    setError(null);
    try {
      await run(REMOVE_ARTICLE_IMAGE, { id }, 'removeArticleImage');
      await refresh();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  if (!editable && article.images.length === 0) return null;
  return (
    <Box sx={{ mt: 1 }} data-testid="article-images">
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-end">
        {article.images.map((img) => (
          <Stack key={img.id} spacing={0.5} alignItems="flex-start" data-testid="article-image">
            <BureauImage url={img.url} alt={img.caption ?? img.originalName} />
            <Typography variant="caption">
              {img.caption ?? img.originalName} ({formatBytes(img.size)})
            </Typography>
            {editable && (
              <Button size="small" color="error" onClick={() => remove(img.id)}>
                {translate('app.publicity.removeImage')}
              </Button>
            )}
          </Stack>
        ))}
      </Stack>
      {editable && (
        <>
          <Stack direction="row" spacing={1} alignItems="center" sx={{ mt: 1 }}>
            <TextField
              size="small"
              name="imageCaption"
              label={translate('app.publicity.imageCaption')}
              value={caption}
              onChange={(e) => setCaption(e.target.value)}
            />
            <Button component="label" variant="outlined" disabled={busy} startIcon={busy ? <CircularProgress size={16} /> : <AddPhotoIcon />}>
              {translate('app.publicity.addImage')}
              <input hidden type="file" multiple accept=".jpg,.jpeg,.png,image/jpeg,image/png" onChange={pick} name="articleImage" />
            </Button>
          </Stack>
          <Typography variant="caption" color="text.secondary">
            {translate('app.publicity.imageHint')}
          </Typography>
        </>
      )}
      {error && (
        <Typography variant="body2" color="error" role="alert">
          {error}
        </Typography>
      )}
    </Box>
  );
};

/** An article's row with the buttons the server offers (EDIT opens the editor, WITHDRAW asks why). */
const ArticleRow = ({ article, onEdit }: { article: Article; onEdit: () => void }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const after = () => client.invalidateQueries({ queryKey: ['gql', 'publicityArticles'] });
  const act = async (action: string) => {
    try {
      if (action === 'EDIT') return onEdit();
      if (action === 'PUBLISH') await run(PUBLISH_ARTICLE, { id: article.id }, 'publishArticle');
      if (action === 'WITHDRAW') await run(WITHDRAW_ARTICLE, { id: article.id, reason }, 'withdrawArticle');
      await after();
    } catch (e) {
      setErrors(fieldErrorsOf(e));
    }
  };
  return (
    <Card variant="outlined" sx={{ mb: 1 }} data-testid="article-row">
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
          <Chip size="small" label={translate(`app.publicity.kinds.${article.kind}`)} />
          <Typography variant="subtitle1">{article.title}</Typography>
          <Chip
            size="small"
            data-testid="article-status"
            color={article.status === 'PUBLISHED' ? 'success' : article.status === 'WITHDRAWN' ? 'default' : 'warning'}
            label={translate(`app.publicity.statuses.${article.status}`)}
          />
          <Typography variant="caption" color="text.secondary">
            {translate('app.publicity.publishedAt')}: {day(article.publishedAt)}
            {article.withdrawReason ? ` · ${translate('app.publicity.withdrawReason')}: ${article.withdrawReason}` : ''}
          </Typography>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ mt: 1 }} alignItems="center">
          {article.availableActions.some((a) => a.action === 'WITHDRAW' && a.available) && (
            <TextField
              size="small"
              name="withdrawReason"
              label={translate('app.publicity.withdrawReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={!!errors.reason}
              helperText={errors.reason}
            />
          )}
          {article.availableActions.map((a) => (
            <Tooltip key={a.action} title={a.reason ?? ''}>
              <span>
                <Button
                  size="small"
                  variant={a.action === 'PUBLISH' ? 'contained' : 'outlined'}
                  disabled={!a.available}
                  onClick={() => act(a.action)}
                  data-testid={`article-${a.action}`}
                >
                  {translate(`app.publicity.actions.${a.action}`)}
                </Button>
              </span>
            </Tooltip>
          ))}
        </Stack>
        <ArticleImages article={article} />
      </CardContent>
    </Card>
  );
};

/** `/#/publicity`: the bureau writes, publishes and withdraws the column's articles. */
export const PublicityPage = () => {
  const translate = useTranslate();
  const client = useQueryClient();
  const { data, isPending, error } = useGql(['publicityArticles'], ARTICLES_QUERY);
  const [editing, setEditing] = useState<Article | 'new' | null>(null);
  const articles = data?.publicityArticles ?? [];
  const done = async () => {
    setEditing(null);
    await client.invalidateQueries({ queryKey: ['gql', 'publicityArticles'] });
  };
  return (
    <Card>
      <Title title={translate('app.publicity.title')} />
      <CardContent>
        <Stack direction="row" justifyContent="space-between" alignItems="center">
          <Typography variant="h6">{translate('app.publicity.title')}</Typography>
          <Button variant="contained" onClick={() => setEditing('new')}>
            {translate('app.publicity.create')}
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.publicity.hint')}
        </Typography>
        {editing && <ArticleEditor key={editing === 'new' ? 'new' : editing.id} article={editing === 'new' ? null : editing} onDone={done} />}
        <QueryState list isPending={isPending} error={error}>
          {articles.length === 0 ? (
            <EmptyBox message="app.publicity.empty" />
          ) : (
            articles.map((a) => <ArticleRow key={a.id} article={a} onEdit={() => setEditing(a)} />)
          )}
        </QueryState>
      </CardContent>
    </Card>
  );
};

/** `/#/public/news`: the published articles by kind, a page at a time, no login. */
export const PublicNewsPage = () => {
  const translate = useTranslate();
  const [kind, setKind] = useState<ArticleKind | ''>('');
  const [page, setPage] = useState(1);
  const { data, isPending, error } = useGql(
    ['publicArticles', kind, page],
    PUBLIC_ARTICLES_QUERY,
    { kind: kind || null, page, perPage: PER_PAGE },
    { client: publicRequest },
  );
  const result = data?.publicArticles;
  const pages = Math.max(1, Math.ceil((result?.total ?? 0) / PER_PAGE));
  return (
    <PublicFrame title="app.publicity.publicTitle" hint="app.publicity.publicHint">
      <Card>
        <CardContent>
          <Tabs
            value={kind}
            onChange={(_e, v: ArticleKind | '') => {
              setKind(v);
              setPage(1);
            }}
          >
            <Tab value="" label={translate('app.publicity.all')} />
            {KINDS.map((k) => (
              <Tab key={k} value={k} label={translate(`app.publicity.kinds.${k}`)} />
            ))}
          </Tabs>
          <QueryState list isPending={isPending} error={error}>
            {!result || result.items.length === 0 ? (
              <EmptyBox message="app.publicity.empty" />
            ) : (
              <Box>
                {result.items.map((a) => (
                  <Box key={a.id} sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider' }} data-testid="public-article">
                    <Typography variant="subtitle1">
                      <Link to={`/public/news/${a.id}`}>{a.title}</Link>
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      {translate(`app.publicity.kinds.${a.kind}`)} · {day(a.publishedAt)}
                      {a.source ? ` · ${a.source}` : ''}
                    </Typography>
                    {a.summary && <Typography variant="body2">{a.summary}</Typography>}
                  </Box>
                ))}
                <Stack direction="row" alignItems="center" spacing={2} sx={{ mt: 2 }}>
                  <Pagination count={pages} page={page} onChange={(_e, p) => setPage(p)} />
                  <Typography variant="caption">{translate('app.publicity.page', { page, pages, total: result.total })}</Typography>
                </Stack>
              </Box>
            )}
          </QueryState>
        </CardContent>
      </Card>
    </PublicFrame>
  );
};

/** `/#/public/news/:id`: one published article, its paragraphs rendered as text (never as HTML). */
export const PublicArticlePage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const { data, isPending, error } = useGql(['publicArticle', id], PUBLIC_ARTICLE_QUERY, { id }, { client: publicRequest });
  const a = data?.publicArticle ?? null;
  return (
    <PublicFrame title="app.publicity.publicTitle" hint="app.publicity.publicHint">
      <Card>
        <CardContent>
          <Button component={Link} to="/public/news" size="small">
            {translate('app.publicity.back')}
          </Button>
          <QueryState isPending={isPending} error={error}>
            {!a ? (
              <EmptyBox message="app.publicity.notFound" />
            ) : (
              <Box component="article" data-testid="public-article-page">
                <Typography variant="h5" component="h1" sx={{ mt: 1 }}>
                  {a.title}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {translate(`app.publicity.kinds.${a.kind}`)} · {day(a.publishedAt)}
                  {a.source ? ` · ${translate('app.publicity.sourceLine', { source: a.source })}` : ''}
                </Typography>
                {a.paragraphs.map((p, i) => (
                  <Typography key={i} variant="body1" sx={{ mt: 2, whiteSpace: 'pre-wrap', textIndent: '2em' }}>
                    {p}
                  </Typography>
                ))}
                {a.images.map((img) => (
                  <Box key={img.id} component="figure" sx={{ mx: 0, my: 2 }} data-testid="public-article-image">
                    <Box component="img" src={img.url} alt={img.caption ?? a.title} sx={{ display: 'block', maxWidth: '100%', height: 'auto' }} />
                    {img.caption && (
                      <Typography component="figcaption" variant="caption" color="text.secondary">
                        {img.caption}
                      </Typography>
                    )}
                  </Box>
                ))}
              </Box>
            )}
          </QueryState>
        </CardContent>
      </Card>
    </PublicFrame>
  );
};
