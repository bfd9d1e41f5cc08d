/* polku-html-text.c: clean text out of the HTML fragments in ePerusteet documents.
 *
 * The fragments are small and regular (p, ul/li, dl/dt/dd, b, i, em), so a tokenizer
 * that behaves like Python's html.parser is enough, and it is the behaviour the
 * splitting rules were validated with (see the research notes on ePerusteet).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-html-text"

#include "config.h"

#include <libxml/HTMLparser.h>
#include <string.h>

#include "polku-html-text.h"

/* Text cleaning */

/* html.unescape maps these numeric references the way browsers do (Windows-1252). */
static const gunichar cp1252[32] = {
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
};

/* *p points at '&'. Returns the character and moves *p past the reference, or
 * returns '&' and moves one byte when it is not a reference. */
static gunichar
decode_entity (const char **p,
               const char  *end)
{
  const char *s = *p + 1;

  if (s < end && *s == '#')
    {
      gboolean hex = FALSE;
      guint64 value = 0;
      const char *digits;

      s++;
      if (s < end && (*s == 'x' || *s == 'X'))
        {
          hex = TRUE;
          s++;
        }
      digits = s;
      while (s < end && (hex ? g_ascii_isxdigit (*s) : g_ascii_isdigit (*s)))
        {
          if (value <= 0x10FFFF)
            value = value * (hex ? 16 : 10) + (hex ? (guint64) g_ascii_xdigit_value (*s) : (guint64) (*s - '0'));
          s++;
        }
      if (s == digits)
        goto not_entity;
      if (s < end && *s == ';')
        s++;
      *p = s;

      if (value >= 0x80 && value <= 0x9f)
        return cp1252[value - 0x80];
      if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0xFFFD;
      return (gunichar) value;
    }
  else
    {
      char name[33];
      gsize len = 0;
      const htmlEntityDesc *desc;

      while (s < end && len < sizeof name - 1 && g_ascii_isalnum (*s))
        name[len++] = *s++;
      if (len == 0 || s >= end || *s != ';')
        goto not_entity;
      name[len] = '\0';

      desc = htmlEntityLookup ((const xmlChar *) name);
      if (desc == NULL)
        goto not_entity;

      *p = s + 1;
      return desc->value;
    }

not_entity:
  *p += 1;
  return '&';
}

/* Python's \s after the control characters are gone (NBSP becomes a space first). */
static inline gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || (c > 0x7f && g_unichar_isspace (c));
}

static inline gboolean
is_dropped (gunichar c)
{
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
         (c >= 0x7f && c <= 0x9f) ||
         c == 0x200b || c == 0xfeff;
}

/* The length of the run at @p that cleaning leaves as it is: printable ASCII
 * other than '&', and two-byte UTF-8 characters from U+00A1 on (no space,
 * control or dropped character lies there). Most of a text is such runs. */
static inline gsize
plain_run (const char *text,
           const char *end)
{
  const guchar *p = (const guchar *) text, *e = (const guchar *) end;

  while (p < e)
    {
      if (*p > ' ' && *p < 0x7f && *p != '&')
        p++;
      else if (*p >= 0xc2 && *p <= 0xdf && p + 1 < e && (p[1] & 0xc0) == 0x80 &&
               !(*p == 0xc2 && p[1] < 0xa1))
        p += 2;
      else
        break;
    }

  return (const char *) p - text;
}

/**
 * polku_text_clean_append:
 *
 * Appends @text cleaned the way every stored text is: HTML character references
 * decoded, no-break spaces made spaces, control characters dropped, whitespace
 * collapsed and trimmed. Appends nothing when nothing is left.
 */
void
polku_text_clean_append (GString    *out,
                         const char *text,
                         gssize      length)
{
  const char *p, *end;
  gsize start;
  gboolean pending_space = FALSE;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;

  p = text;
  end = length < 0 ? text + strlen (text) : text + length;
  start = out->len;

  while (p < end)
    {
      gsize run = plain_run (p, end);
      gunichar c;

      if (run > 0)
        {
          if (pending_space)
            {
              g_string_append_c (out, ' ');
              pending_space = FALSE;
            }
          g_string_append_len (out, p, run);
          p += run;
          continue;
        }

      if (*p == '&')
        c = decode_entity (&p, end);
      else if ((guchar) *p < 0x80)
        c = (guchar) *p++;
      else
        {
          c = g_utf8_get_char_validated (p, end - p);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              c = 0xFFFD;
              p++;
            }
          else
            p = g_utf8_next_char (p);
        }

      if (c == 0xa0)
        c = ' ';
      if (is_dropped (c))
        continue;
      if (is_space (c))
        {
          pending_space = out->len > start;
          continue;
        }
      if (pending_space)
        {
          g_string_append_c (out, ' ');
          pending_space = FALSE;
        }
      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else
        g_string_append_unichar (out, c);
    }
}

/* Returns: (nullable): the cleaned text, or %NULL when nothing is left */
char *
polku_text_clean (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;

  out = g_string_new (NULL);
  polku_text_clean_append (out, text, -1);
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/* Tokenizer */

typedef struct
{
  void (*start) (gpointer data, const char *tag);
  void (*end)   (gpointer data, const char *tag);
  void (*text)  (gpointer data, const char *text, gsize length);
} Handlers;

static void
read_tag_name (const char *p,
               const char *end,
               char       *name,
               gsize       size,
               const char **out_end)
{
  gsize len = 0;

  while (p < end && (g_ascii_isalnum (*p) || *p == '-' || *p == ':'))
    {
      if (len < size - 1)
        name[len++] = g_ascii_tolower (*p);
      p++;
    }
  name[len] = '\0';
  *out_end = p;
}

/* Finds the '>' that ends a tag, skipping quoted attribute values. */
static const char *
find_tag_end (const char *p,
              const char *end)
{
  char quote = 0;

  for (; p < end; p++)
    {
      if (quote != 0)
        {
          if (*p == quote)
            quote = 0;
        }
      else if (*p == '"' || *p == '\'')
        quote = *p;
      else if (*p == '>')
        return p;
    }

  return NULL;
}

static void
tokenize (const char     *html,
          const Handlers *handlers,
          gpointer        data)
{
  const char *p = html;
  const char *end = html + strlen (html);
  const char *text_start = p;

  while (p < end)
    {
      const char *close;
      char name[16];

      if (*p != '<' || p + 1 >= end)
        {
          p++;
          continue;
        }

      if (p[1] == '!' || p[1] == '?')
        {
          if (p + 3 < end && p[1] == '!' && p[2] == '-' && p[3] == '-')
            {
              const char *found = g_strstr_len (p + 4, end - p - 4, "-->");
              close = found != NULL ? found + 2 : NULL;
            }
          else
            close = memchr (p, '>', end - p);
        }
      else if (g_ascii_isalpha (p[1]) || (p[1] == '/' && p + 2 < end && g_ascii_isalpha (p[2])))
        close = find_tag_end (p + 1, end);
      else
        {
          p++;
          continue;
        }

      if (close == NULL)
        break;

      if (p > text_start)
        handlers->text (data, text_start, p - text_start);

      if (p[1] == '/')
        {
          const char *after;

          read_tag_name (p + 2, close, name, sizeof name, &after);
          handlers->end (data, name);
        }
      else if (g_ascii_isalpha (p[1]))
        {
          const char *after;

          read_tag_name (p + 1, close, name, sizeof name, &after);
          handlers->start (data, name);
          if (close > p + 1 && close[-1] == '/')
            handlers->end (data, name);
        }

      p = close + 1;
      text_start = p;
    }

  if (end > text_start)
    handlers->text (data, text_start, end - text_start);
}

static gboolean
tag_in (const char        *tag,
        const char * const *tags)
{
  for (guint i = 0; tags[i] != NULL; i++)
    if (strcmp (tag, tags[i]) == 0)
      return TRUE;

  return FALSE;
}

static const char * const heading_tags[] = { "b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", NULL };

/* Plain text of descriptions */

typedef struct
{
  GString  *out;
  GString  *line;
  gboolean  bullet;
} PlainState;

static void
plain_flush (PlainState *state)
{
  gsize before = state->out->len;

  if (state->out->len > 0)
    g_string_append_c (state->out, '\n');
  if (state->bullet)
    g_string_append (state->out, "• ");

  {
    gsize text_start = state->out->len;

    polku_text_clean_append (state->out, state->line->str, state->line->len);
    if (state->out->len == text_start)
      g_string_truncate (state->out, before);
  }

  g_string_truncate (state->line, 0);
  state->bullet = FALSE;
}

static const char * const block_tags[] = {
  "p", "div", "li", "dd", "dt", "dl", "ul", "ol", "br", "tr", "table", "blockquote", "pre",
  "h1", "h2", "h3", "h4", "h5", "h6", NULL
};

static void
plain_start (gpointer    data,
             const char *tag)
{
  PlainState *state = data;

  if (!tag_in (tag, block_tags))
    return;

  plain_flush (state);
  if (strcmp (tag, "li") == 0)
    state->bullet = TRUE;
}

static void
plain_end (gpointer    data,
           const char *tag)
{
  PlainState *state = data;

  if (tag_in (tag, block_tags))
    plain_flush (state);
}

static void
plain_text (gpointer    data,
            const char *text,
            gsize       length)
{
  PlainState *state = data;

  g_string_append_len (state->line, text, length);
}

/**
 * polku_html_to_text:
 *
 * Turns a description (HTML) into clean text: one line per paragraph or list item,
 * list items starting with a bullet.
 *
 * Returns: (nullable): the text, or %NULL when it has none
 */
char *
polku_html_to_text (const char *html)
{
  static const Handlers handlers = { plain_start, plain_end, plain_text };
  PlainState state = { 0 };

  if (html == NULL)
    return NULL;

  state.out = g_string_new (NULL);
  state.line = g_string_new (NULL);
  tokenize (html, &handlers, &state);
  plain_flush (&state);
  g_string_free (state.line, TRUE);

  if (state.out->len == 0)
    {
      g_string_free (state.out, TRUE);
      return NULL;
    }

  return g_string_free (state.out, FALSE);
}

/* Requirement lists */

typedef enum
{
  BLOCK_ITEM,
  BLOCK_PARA,
  BLOCK_HEADING,
  BLOCK_SUBJECT,
} BlockKind;

typedef struct
{
  BlockKind  kind;
  char      *text;
  guint      depth;
} Block;

typedef struct
{
  BlockKind  kind;
  GString   *buffer;
  guint      depth;
  guint      slot;      /* its place in the blocks: where it opened, not where it closed */
} OpenBlock;

typedef struct
{
  GArray *blocks;       /* Block */
  GArray *stack;        /* OpenBlock */
  guint   list_depth;
} SplitState;

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_free (block->text);
}

static gboolean
split_inside (SplitState *state,
              guint       kinds)
{
  for (guint i = 0; i < state->stack->len; i++)
    if (kinds & (1u << g_array_index (state->stack, OpenBlock, i).kind))
      return TRUE;

  return FALSE;
}

/* A block takes its place when it opens, so that an item comes before the items
 * of a list nested in it. */
static void
split_open (SplitState *state,
            BlockKind   kind,
            guint       depth)
{
  OpenBlock open = { kind, g_string_new (NULL), depth, state->blocks->len };
  Block block = { kind, NULL, 0 };

  g_array_append_val (state->blocks, block);
  g_array_append_val (state->stack, open);
}

/* Closes the innermost open block of @kind, wherever it is on the stack. */
static void
split_close (SplitState *state,
             BlockKind   kind)
{
  for (guint i = state->stack->len; i > 0; i--)
    {
      OpenBlock open = g_array_index (state->stack, OpenBlock, i - 1);
      char *text;

      if (open.kind != kind)
        continue;

      g_array_remove_index (state->stack, i - 1);
      text = polku_text_clean (open.buffer->str);
      g_string_free (open.buffer, TRUE);
      /* An empty block keeps text NULL and is dropped before classifying. */
      g_array_index (state->blocks, Block, open.slot).text = text;
      g_array_index (state->blocks, Block, open.slot).depth = kind == BLOCK_ITEM ? open.depth : 0;
      return;
    }
}

static gboolean
split_top_is (SplitState *state,
              BlockKind   kind)
{
  return state->stack->len > 0 &&
         g_array_index (state->stack, OpenBlock, state->stack->len - 1).kind == kind;
}

static void
split_text (gpointer    data,
            const char *text,
            gsize       length)
{
  SplitState *state = data;

  if (state->stack->len == 0)
    {
      g_autoptr(GString) chunk = g_string_new (NULL);

      polku_text_clean_append (chunk, text, length);
      if (chunk->len > 0)
        {
          Block block = { BLOCK_PARA, g_string_free (g_steal_pointer (&chunk), FALSE), 0 };
          g_array_append_val (state->blocks, block);
        }
      return;
    }

  g_string_append_len (g_array_index (state->stack, OpenBlock, state->stack->len - 1).buffer, text, length);
}

static void
split_start (gpointer    data,
             const char *tag)
{
  SplitState *state = data;

  if (strcmp (tag, "ul") == 0 || strcmp (tag, "ol") == 0)
    state->list_depth++;
  else if (strcmp (tag, "li") == 0 || strcmp (tag, "dd") == 0)
    split_open (state, BLOCK_ITEM, state->list_depth > 0 ? state->list_depth - 1 : 0);
  else if (strcmp (tag, "dt") == 0)
    split_open (state, BLOCK_SUBJECT, 0);
  else if (strcmp (tag, "p") == 0)
    {
      if (!split_inside (state, (1u << BLOCK_ITEM) | (1u << BLOCK_SUBJECT)))
        split_open (state, BLOCK_PARA, 0);
    }
  else if (tag_in (tag, heading_tags))
    {
      if (!split_inside (state, (1u << BLOCK_ITEM) | (1u << BLOCK_PARA) | (1u << BLOCK_SUBJECT) | (1u << BLOCK_HEADING)))
        split_open (state, BLOCK_HEADING, 0);
    }
  else if (strcmp (tag, "br") == 0)
    split_text (state, " ", 1);
}

static void
split_end (gpointer    data,
           const char *tag)
{
  SplitState *state = data;

  if (strcmp (tag, "ul") == 0 || strcmp (tag, "ol") == 0)
    state->list_depth = state->list_depth > 0 ? state->list_depth - 1 : 0;
  else if (strcmp (tag, "li") == 0 || strcmp (tag, "dd") == 0)
    split_close (state, BLOCK_ITEM);
  else if (strcmp (tag, "dt") == 0)
    split_close (state, BLOCK_SUBJECT);
  else if (strcmp (tag, "p") == 0)
    {
      if (split_top_is (state, BLOCK_PARA))
        split_close (state, BLOCK_PARA);
    }
  else if (tag_in (tag, heading_tags))
    {
      if (split_top_is (state, BLOCK_HEADING))
        split_close (state, BLOCK_HEADING);
    }
}

static const char * const bullets[] = { "-", "\xe2\x80\x93", "\xe2\x80\x94", "\xe2\x80\xa2", "\xc2\xb7", "*", NULL };

/* Returns the text after a leading bullet, or NULL when there is none. */
static const char *
after_bullet (const char *text)
{
  for (guint i = 0; bullets[i] != NULL; i++)
    if (g_str_has_prefix (text, bullets[i]))
      {
        const char *p = text + strlen (bullets[i]);

        while (*p == ' ')
          p++;
        return p;
      }

  return NULL;
}

static gboolean
is_word_char (gunichar c)
{
  return c == '_' || g_unichar_isalnum (c);
}

/* ^(Opiskelija|Den studerande|Studeranden|Students?|The student)\b, ignoring case */
static gboolean
is_subject (const char *text)
{
  static const char * const subjects[] = {
    "opiskelija", "den studerande", "studeranden", "students", "student", "the student", NULL
  };

  for (guint i = 0; subjects[i] != NULL; i++)
    {
      gsize len = strlen (subjects[i]);

      if (g_ascii_strncasecmp (text, subjects[i], len) == 0 &&
          (text[len] == '\0' || !is_word_char (g_utf8_get_char (text + len))))
        return TRUE;
    }

  return FALSE;
}

static void
item_free (gpointer data)
{
  PolkuHtmlItem *item = data;

  g_free (item->text);
  g_free (item->heading);
  g_free (item);
}

static void
add_item (GPtrArray  *items,
          const char *heading,
          char       *text,
          guint       depth)
{
  PolkuHtmlItem *item = g_new0 (PolkuHtmlItem, 1);

  item->text = text;
  item->heading = g_strdup (heading);
  item->depth = depth;
  g_ptr_array_add (items, item);
}

/**
 * polku_html_split_requirements:
 *
 * Splits an HTML requirement text into items: list items (and bullet paragraphs)
 * are requirements, a lead-in paragraph or <dt> is the subject, bold text or a
 * paragraph that introduces a list is the kohdealue heading of what follows, and
 * paragraphs after the last item are notes.
 *
 * Returns: (transfer full): the split, never %NULL
 */
PolkuHtmlRequirements *
polku_html_split_requirements (const char *html)
{
  static const Handlers handlers = { split_start, split_end, split_text };
  PolkuHtmlRequirements *split;
  SplitState state = { 0 };
  g_autofree gboolean *later_items = NULL;
  const char *heading = NULL;
  guint n;

  split = g_new0 (PolkuHtmlRequirements, 1);
  split->items = g_ptr_array_new_with_free_func (item_free);
  split->notes = g_ptr_array_new_with_free_func (g_free);

  if (html == NULL || *html == '\0')
    return split;

  state.blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  g_array_set_clear_func (state.blocks, block_clear);
  state.stack = g_array_new (FALSE, FALSE, sizeof (OpenBlock));

  tokenize (html, &handlers, &state);
  while (state.stack->len > 0)
    split_close (&state, g_array_index (state.stack, OpenBlock, state.stack->len - 1).kind);
  for (guint i = state.blocks->len; i > 0; i--)
    if (g_array_index (state.blocks, Block, i - 1).text == NULL)
      g_array_remove_index (state.blocks, i - 1);

  /* later_items[i]: an item or a bullet paragraph comes after block i */
  n = state.blocks->len;
  later_items = g_new0 (gboolean, n + 1);
  for (guint i = n; i > 0; i--)
    {
      Block *b = &g_array_index (state.blocks, Block, i - 1);

      later_items[i - 1] = later_items[i] ||
                           b->kind == BLOCK_ITEM ||
                           (b->kind == BLOCK_PARA && after_bullet (b->text) != NULL);
    }

  for (guint i = 0; i < n; i++)
    {
      Block *b = &g_array_index (state.blocks, Block, i);
      const char *rest;

      switch (b->kind)
        {
        case BLOCK_ITEM:
          add_item (split->items, heading, g_strdup (b->text), b->depth);
          break;

        case BLOCK_SUBJECT:
          if (split->subject == NULL)
            split->subject = g_strdup (b->text);
          break;

        case BLOCK_HEADING:
          heading = b->text;
          break;

        case BLOCK_PARA:
          if ((rest = after_bullet (b->text)) != NULL)
            add_item (split->items, heading, polku_text_clean (rest), 0);
          else if (!later_items[i + 1])
            g_ptr_array_add (split->notes, g_strdup (b->text));
          else if (split->items->len == 0 || is_subject (b->text))
            {
              if (split->subject == NULL)
                split->subject = g_strdup (b->text);
            }
          else if (i + 1 < n && g_array_index (state.blocks, Block, i + 1).kind == BLOCK_ITEM)
            heading = b->text;
          else
            add_item (split->items, heading, g_strdup (b->text), 0);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  /* A bullet alone leaves an empty item; it still counted above as "an item seen". */
  for (guint i = split->items->len; i > 0; i--)
    if (((PolkuHtmlItem *) g_ptr_array_index (split->items, i - 1))->text == NULL)
      g_ptr_array_remove_index (split->items, i - 1);

  /* heading points into the blocks: the items hold their own copies. */
  g_array_unref (state.blocks);
  g_array_unref (state.stack);

  return split;
}

void
polku_html_requirements_free (PolkuHtmlRequirements *split)
{
  if (split == NULL)
    return;

  g_free (split->subject);
  g_ptr_array_unref (split->items);
  g_ptr_array_unref (split->notes);
  g_free (split);
}
