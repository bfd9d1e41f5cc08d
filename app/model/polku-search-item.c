/* polku-search-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-search-item"

#include "config.h"

#include <string.h>

#include "polku-catalogue-text.h"
#include "polku-search-item.h"

struct _PolkuSearchItem
{
  GObject                parent_instance;

  PolkuCatalogueHitKind  kind;
  gint64                 id;
  gint64                 unit_id;
  gint64                 peruste_id;
  gboolean               exact;
  char                  *title;
  char                  *title_markup;
  char                  *subtitle;
  char                  *snippet;
  char                  *code;
};

G_DEFINE_FINAL_TYPE (PolkuSearchItem, polku_search_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ID,
  PROP_TITLE,
  PROP_TITLE_MARKUP,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static char *
fold (const char *text,
      gssize      length)
{
  g_autofree char *folded = g_utf8_casefold (text, length);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_DEFAULT_COMPOSE);
}

static gboolean
is_word_char (const char *p)
{
  return g_unichar_isalnum (g_utf8_get_char (p));
}

/* The words of the query as the tokenizer sees them: "OPH-5410" is "oph" and
 * "5410". Each is a prefix, as in polku_catalogue_search_build_match(). */
static GPtrArray *
query_terms (const char *query)
{
  GPtrArray *terms = g_ptr_array_new_with_free_func (g_free);
  const char *p = query;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !is_word_char (p))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      start = p;
      while (*p != '\0' && is_word_char (p))
        p = g_utf8_next_char (p);
      g_ptr_array_add (terms, fold (start, p - start));
    }

  return terms;
}

static gboolean
word_matches (const char *word,
              GPtrArray  *terms)
{
  for (guint i = 0; i < terms->len; i++)
    {
      if (g_str_has_prefix (word, g_ptr_array_index (terms, i)))
        return TRUE;
    }

  return FALSE;
}

/* FTS5's snippet with our markers → Pango markup on one line: the indexed text
 * holds the languages and headings on lines of their own. */
static char *
snippet_markup (const char *snippet)
{
  GString *out = g_string_new (NULL);
  const char *p = snippet;

  while (*p != '\0')
    {
      gsize span = strcspn (p, POLKU_CATALOGUE_SNIPPET_START POLKU_CATALOGUE_SNIPPET_END "\n");
      g_autofree char *escaped = g_markup_escape_text (p, span);

      g_string_append (out, escaped);
      p += span;
      if (*p == POLKU_CATALOGUE_SNIPPET_START[0])
        g_string_append (out, "<b>");
      else if (*p == POLKU_CATALOGUE_SNIPPET_END[0])
        g_string_append (out, "</b>");
      else if (*p == '\n')
        g_string_append (out, " · ");
      if (*p != '\0')
        p++;
    }

  return g_string_free (out, FALSE);
}

/* "106945 · Ajoneuvoalan perustutkinto", leaving out what is missing. */
static char *
join_present (const char *a,
              const char *b,
              const char *c)
{
  const char *parts[] = { a, b, c };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append (out, parts[i]);
    }

  return g_string_free (out, FALSE);
}

/* GObject overrides */

static void
polku_search_item_finalize (GObject *object)
{
  PolkuSearchItem *self = (PolkuSearchItem *)object;

  g_free (self->title);
  g_free (self->title_markup);
  g_free (self->subtitle);
  g_free (self->snippet);
  g_free (self->code);

  G_OBJECT_CLASS (polku_search_item_parent_class)->finalize (object);
}

static void
polku_search_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PolkuSearchItem *self = POLKU_SEARCH_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, polku_catalogue_hit_kind_to_string (self->kind));
      break;

    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TITLE_MARKUP:
      g_value_set_string (value, self->title_markup);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_search_item_class_init (PolkuSearchItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_search_item_finalize;
  object_class->get_property = polku_search_item_get_property;

  properties [PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_TITLE_MARKUP] =
    g_param_spec_string ("title-markup", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_search_item_init (PolkuSearchItem *self)
{
}

/* Public API */

/**
 * polku_search_highlight_markup:
 * @text: a catalogue text
 * @query: what was searched for
 *
 * Returns: (transfer full): @text as Pango markup with the words the search
 *   matched in bold
 */
char *
polku_search_highlight_markup (const char *text,
                               const char *query)
{
  g_autoptr(GPtrArray) terms = NULL;
  g_autofree char *valid_query = NULL;
  GString *out;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  /* Typed text is UTF-8, but a query from elsewhere may not be. */
  valid_query = g_utf8_make_valid (query != NULL ? query : "", -1);
  terms = query_terms (valid_query);
  out = g_string_new (NULL);
  p = text;
  while (*p != '\0')
    {
      const char *start = p;
      g_autofree char *escaped = NULL;

      if (is_word_char (p))
        {
          g_autofree char *word = NULL;

          while (*p != '\0' && is_word_char (p))
            p = g_utf8_next_char (p);
          word = fold (start, p - start);
          escaped = g_markup_escape_text (start, p - start);
          if (terms->len > 0 && word_matches (word, terms))
            g_string_append_printf (out, "<b>%s</b>", escaped);
          else
            g_string_append (out, escaped);
        }
      else
        {
          while (*p != '\0' && !is_word_char (p))
            p = g_utf8_next_char (p);
          escaped = g_markup_escape_text (start, p - start);
          g_string_append (out, escaped);
        }
    }

  return g_string_free (out, FALSE);
}

/**
 * polku_search_item_new_from_hit:
 * @hit: a hit from polku_store_catalogue_search()
 * @query: the query that found it, to highlight the matching words
 * @swedish: whether to show the Swedish texts
 */
PolkuSearchItem *
polku_search_item_new_from_hit (const PolkuCatalogueHit *hit,
                                const char              *query,
                                gboolean                 swedish)
{
  PolkuSearchItem *self;
  const char *peruste_name;
  const char *unit_name;

  g_return_val_if_fail (hit != NULL, NULL);

  self = g_object_new (POLKU_TYPE_SEARCH_ITEM, NULL);
  self->kind = hit->kind;
  self->id = hit->id;
  self->unit_id = hit->unit_id;
  self->peruste_id = hit->peruste_id;
  self->exact = hit->exact;
  self->code = g_strdup (hit->code);
  self->title = g_strdup (polku_catalogue_text_pick (hit->nimi_fi, hit->nimi_sv, NULL, swedish, NULL));
  if (self->title == NULL)
    self->title = g_strdup (hit->code != NULL ? hit->code : "");

  peruste_name = polku_catalogue_text_pick (hit->peruste_nimi_fi, hit->peruste_nimi_sv, NULL, swedish, NULL);
  unit_name = polku_catalogue_text_pick (hit->unit_nimi_fi, hit->unit_nimi_sv, NULL, swedish, NULL);

  switch (hit->kind)
    {
    case POLKU_CATALOGUE_HIT_PERUSTE:
      self->subtitle = g_strdup (hit->diaarinumero);
      break;

    case POLKU_CATALOGUE_HIT_UNIT:
      self->subtitle = join_present (hit->code, peruste_name, NULL);
      break;

    case POLKU_CATALOGUE_HIT_REQUIREMENT:
      self->subtitle = join_present (hit->code, unit_name, peruste_name);
      break;

    default:
      g_assert_not_reached ();
    }

  self->title_markup = polku_search_highlight_markup (self->title, query);
  if (hit->snippet != NULL)
    {
      self->snippet = snippet_markup (hit->snippet);

      /* Found in the other language's text: show where the words are rather than
       * a text without them. A match in the kohdealue heading only keeps the text. */
      if (strstr (self->title_markup, "<b>") == NULL && strstr (self->snippet, "<b>") != NULL)
        {
          g_free (self->title_markup);
          self->title_markup = g_strdup (self->snippet);
        }
    }

  return self;
}

PolkuCatalogueHitKind
polku_search_item_get_kind (PolkuSearchItem *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_ITEM (self), POLKU_CATALOGUE_HIT_PERUSTE);
  return self->kind;
}

/**
 * polku_search_item_get_kind_name:
 *
 * Returns: "peruste", "unit" or "requirement"
 */
const char *
polku_search_item_get_kind_name (PolkuSearchItem *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_ITEM (self), NULL);
  return polku_catalogue_hit_kind_to_string (self->kind);
}

gint64
polku_search_item_get_id (PolkuSearchItem *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_ITEM (self), 0);
  return self->id;
}

gint64
polku_search_item_get_unit_id (PolkuSearchItem *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_ITEM (self), 0);
  return self->unit_id;
}

gint64
polku_search_item_get_peruste_id (PolkuSearchItem *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_ITEM (self), 0);
  return self->peruste_id;
}

gboolean
polku_search_item_get_exact (PolkuSearchItem *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_ITEM (self), FALSE);
  return self->exact;
}

const char *
polku_search_item_get_title (PolkuSearchItem *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_ITEM (self), NULL);
  return self->title;
}

/**
 * polku_search_item_get_title_markup:
 *
 * Returns: the title as Pango markup, the matching words in bold
 */
const char *
polku_search_item_get_title_markup (PolkuSearchItem *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_ITEM (self), NULL);
  return self->title_markup;
}

const char *
polku_search_item_get_subtitle (PolkuSearchItem *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_ITEM (self), NULL);
  return self->subtitle;
}

/**
 * polku_search_item_get_snippet:
 *
 * Returns: (nullable): for a requirement found by its text, the matching part
 *   as Pango markup
 */
const char *
polku_search_item_get_snippet (PolkuSearchItem *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_ITEM (self), NULL);
  return self->snippet;
}

const char *
polku_search_item_get_code (PolkuSearchItem *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_ITEM (self), NULL);
  return self->code;
}
