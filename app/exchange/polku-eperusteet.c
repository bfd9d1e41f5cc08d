/* polku-eperusteet.c: import ePerusteet peruste documents (JSON) into the catalogue.
 *
 * The document shapes and every rule here (credits on the structure links, the
 * mandatory rule, requirement sources, natural keys, criteria shapes) follow the
 * research notes on real ePerusteet data; the parsing side only builds plain
 * records (polku-store-catalogue.h), the store writes them in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-eperusteet"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "polku-eperusteet.h"
#include "polku-html-text.h"
#include "polku-store-catalogue.h"

/* Real documents nest about 20 levels deep; json-glib recurses, so a hostile file
 * must not reach it with thousands of levels. */
#define MAX_NESTING 256

static const char * const languages[] = { "fi", "sv", "en" };

/* Vocational (perustutkinto, ammattitutkinto, erikoisammattitutkinto; _26 is the
 * Koodisto value of a reformed perustutkinto seen in real data) and preparatory
 * education (TELMA, VALMA, TUVA). */
static const char * const accepted_types[] = {
  "koulutustyyppi_1", "koulutustyyppi_11", "koulutustyyppi_12", "koulutustyyppi_26",
  "koulutustyyppi_5", "koulutustyyppi_18", "koulutustyyppi_40", NULL
};

G_DEFINE_BOXED_TYPE (PolkuImportSummary, polku_import_summary,
                     polku_import_summary_copy, polku_import_summary_free)

typedef struct
{
  JsonObject *object;
  int         unit;
} ViiteInfo;

typedef struct
{
  PolkuCatalogueDoc *doc;
  GString           *scratch;
  GHashTable        *units_by_id;     /* gint64 ePerusteet id → unit index + 1 */
  GHashTable        *unit_uris;       /* koodi_uri → unit index + 1 */
  GHashTable        *keys;            /* natural key → times seen */
  GHashTable        *generic_scales;  /* gint64 id → TRUE */
  GHashTable        *suoritustavat;   /* koodi → TRUE */
  GHashTable        *viitteet;        /* gint64 viite id → ViiteInfo, per suoritustapa */
  GPtrArray         *ancestors;       /* JsonObject, while walking a structure */
  const char        *suoritustapa;
  guint              node_ord;
} Parser;

/* JSON access: absent, null and wrongly typed members all read as "nothing". */

static inline JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL ? json_object_get_member (object, name) : NULL;
}

static JsonObject *
m_object (JsonObject *object,
          const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
m_array (JsonObject *object,
         const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
node_string (JsonNode *node)
{
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);

  return NULL;
}

static const char *
m_string (JsonObject *object,
          const char *name)
{
  return node_string (member (object, name));
}

static double
m_double (JsonObject *object,
          const char *name)
{
  JsonNode *node = member (object, name);
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NAN;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
    return json_node_get_double (node);

  return NAN;
}

/* Integers, also as JSON strings: references to other objects are strings ("7895733"). */
static gint64
m_int (JsonObject *object,
       const char *name)
{
  JsonNode *node = member (object, name);
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return POLKU_CATALOGUE_NONE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    return json_node_get_int (node);
  if (type == G_TYPE_DOUBLE)
    {
      double value = json_node_get_double (node);

      if (isfinite (value) && value > -9e15 && value < 9e15 && value == (double) (gint64) value)
        return (gint64) value;
    }
  if (type == G_TYPE_STRING)
    {
      gint64 value;

      if (g_ascii_string_to_signed (json_node_get_string (node), 10, G_MININT64 + 1, G_MAXINT64, &value, NULL))
        return value;
    }

  return POLKU_CATALOGUE_NONE;
}

static gboolean
m_bool (JsonObject *object,
        const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

/* "_x": "7" (a reference) or "x": {"id": 7, …} (the embedded object). */
static gint64
ref_id (JsonObject *object,
        const char *reference,
        const char *embedded)
{
  gint64 id = m_int (object, reference);

  if (id == POLKU_CATALOGUE_NONE)
    id = m_int (m_object (object, embedded), "id");

  return id;
}

static JsonObject *
array_object (JsonArray *array,
              guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  if (json_object_get_size (json_node_get_object (node)) == 0)
    return NULL;

  return json_node_get_object (node);
}

static inline guint
array_length (JsonArray *array)
{
  return array != NULL ? json_array_get_length (array) : 0;
}

/* Texts */

static inline const char *
text_first (const PolkuCatalogueText *text)
{
  if (text->fi != NULL)
    return text->fi;
  if (text->sv != NULL)
    return text->sv;
  return text->en;
}

static const char *
intern (Parser     *p,
        const char *text)
{
  if (text == NULL)
    return NULL;

  return g_string_chunk_insert (p->doc->strings, text);
}

static const char *
intern_clean (Parser     *p,
              const char *text)
{
  if (text == NULL)
    return NULL;

  g_string_truncate (p->scratch, 0);
  polku_text_clean_append (p->scratch, text, -1);
  if (p->scratch->len == 0)
    return NULL;

  return g_string_chunk_insert_len (p->doc->strings, p->scratch->str, p->scratch->len);
}

static const char *
intern_printf (Parser     *p,
               const char *format,
               ...) G_GNUC_PRINTF (2, 3);

static const char *
intern_printf (Parser     *p,
               const char *format,
               ...)
{
  va_list args;

  va_start (args, format);
  g_string_vprintf (p->scratch, format, args);
  va_end (args);

  return g_string_chunk_insert_len (p->doc->strings, p->scratch->str, p->scratch->len);
}

static PolkuCatalogueText
lt (Parser     *p,
    JsonObject *object)
{
  PolkuCatalogueText text = { NULL, NULL, NULL };

  if (object == NULL)
    return text;

  text.fi = intern_clean (p, m_string (object, "fi"));
  text.sv = intern_clean (p, m_string (object, "sv"));
  text.en = intern_clean (p, m_string (object, "en"));
  return text;
}

static PolkuCatalogueText
lt_member (Parser     *p,
           JsonObject *object,
           const char *name)
{
  return lt (p, m_object (object, name));
}

static const char *
intern_html (Parser     *p,
             const char *html)
{
  g_autofree char *text = polku_html_to_text (html);

  return intern (p, text);
}

static PolkuCatalogueText
lt_html (Parser     *p,
         JsonObject *object)
{
  PolkuCatalogueText text = { NULL, NULL, NULL };

  if (object == NULL)
    return text;

  text.fi = intern_html (p, m_string (object, "fi"));
  text.sv = intern_html (p, m_string (object, "sv"));
  text.en = intern_html (p, m_string (object, "en"));
  return text;
}

static const char **
text_slot (PolkuCatalogueText *text,
           guint               language)
{
  return language == 0 ? &text->fi : language == 1 ? &text->sv : &text->en;
}

/* Text inside natural keys: lower case, without trailing punctuation. */
static char *
key_text (const char *text)
{
  char *lower;
  gsize len;

  if (text == NULL)
    return g_strdup ("");

  lower = g_utf8_strdown (text, -1);
  len = strlen (lower);
  while (len > 0 && strchr (" .;:,", lower[len - 1]) != NULL)
    lower[--len] = '\0';

  return lower;
}

static gboolean
is_word_char (gunichar c)
{
  return c == '_' || g_unichar_isalnum (c);
}

/* \b(pakollinen|pakolliset|obligatorisk|obligatoriska|compulsory|mandatory)\b */
static gboolean
says_mandatory (const char *text)
{
  static const char * const words[] = {
    "pakollinen", "pakolliset", "obligatorisk", "obligatoriska", "compulsory", "mandatory", NULL
  };
  g_autofree char *lower = NULL;

  if (text == NULL)
    return FALSE;

  lower = g_utf8_strdown (text, -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);
      const char *hit = lower;

      while ((hit = strstr (hit, words[i])) != NULL)
        {
          gboolean start_ok = hit == lower ||
                              !is_word_char (g_utf8_get_char (g_utf8_find_prev_char (lower, hit)));
          gboolean end_ok = hit[len] == '\0' || !is_word_char (g_utf8_get_char (hit + len));

          if (start_ok && end_ok)
            return TRUE;
          hit += len;
        }
    }

  return FALSE;
}

/* Dates: epoch milliseconds meaning midnight in Helsinki, or an ISO string. */

static GTimeZone *
helsinki (void)
{
  static GTimeZone *zone = NULL;

  if (g_once_init_enter (&zone))
    {
      GTimeZone *tz = g_time_zone_new_identifier ("Europe/Helsinki");

      /* Without tzdata: +3 h still gives the right day for midnight in both EET and EEST. */
      if (tz == NULL)
        tz = g_time_zone_new_offset (3 * 3600);
      g_once_init_leave (&zone, tz);
    }

  return zone;
}

static const char *
m_date (Parser     *p,
        JsonObject *object,
        const char *name)
{
  JsonNode *node = member (object, name);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  const char *text;
  gint64 ms;

  if ((ms = m_int (object, name)) != POLKU_CATALOGUE_NONE && node_string (node) == NULL)
    {
      gint64 seconds = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);

      utc = g_date_time_new_from_unix_utc (seconds);
    }
  else if ((text = node_string (node)) != NULL)
    {
      g_autoptr(GTimeZone) zone_utc = g_time_zone_new_utc ();

      utc = g_date_time_new_from_iso8601 (text, zone_utc);
      if (utc == NULL)
        {
          int y, m, d;

          /* A plain date is already a local date. */
          if (strlen (text) >= 10 && sscanf (text, "%4d-%2d-%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y))
            return intern_printf (p, "%04d-%02d-%02d", y, m, d);
          return NULL;
        }
    }

  if (utc == NULL)
    return NULL;

  local = g_date_time_to_timezone (utc, helsinki ());
  if (local == NULL)
    return NULL;

  return intern_printf (p, "%04d-%02d-%02d",
                        g_date_time_get_year (local),
                        g_date_time_get_month (local),
                        g_date_time_get_day_of_month (local));
}

/* Records */

static guint
append_requirement (Parser                    *p,
                    PolkuCatalogueRequirement *r)
{
  g_autofree char *text_key = NULL;
  g_autofree char *kohdealue_key = NULL;
  g_autofree char *key = NULL;
  guint seen;

  text_key = key_text (text_first (&r->text));
  kohdealue_key = key_text (text_first (&r->kohdealue));
  key = g_strconcat (r->key_scope, kohdealue_key, "|", text_key, NULL);

  /* The same text twice under one kohdealue (a data error) still gets its own key. */
  seen = GPOINTER_TO_UINT (g_hash_table_lookup (p->keys, key)) + 1;
  g_hash_table_replace (p->keys, g_strdup (key), GUINT_TO_POINTER (seen));

  r->key_text = intern (p, text_key);
  if (seen == 1)
    r->natural_key = intern (p, key);
  else
    r->natural_key = intern_printf (p, "%s#%u", key, seen);

  g_array_append_vals (p->doc->requirements, r, 1);
  return p->doc->requirements->len - 1;
}

typedef struct
{
  guint       unit;
  int         osa_alue;
  const char *key_scope;
  const char *objective_kind;
  const char *source;
} RequirementScope;

static void
add_requirement (Parser                   *p,
                 const RequirementScope   *scope,
                 const PolkuCatalogueText *kohdealue,
                 guint                     kohdealue_ord,
                 guint                     ord,
                 guint                     depth,
                 const PolkuCatalogueText *text,
                 const char               *koodi_uri)
{
  PolkuCatalogueRequirement r = { 0 };

  /* Nothing to show or to key on: not a requirement. */
  if (text_first (text) == NULL)
    return;

  r.key_scope = scope->key_scope;
  r.unit = scope->unit;
  r.osa_alue = scope->osa_alue;
  r.objective_kind = scope->objective_kind;
  r.source = scope->source;
  if (kohdealue != NULL)
    r.kohdealue = *kohdealue;
  r.kohdealue_ord = kohdealue_ord;
  r.ord = ord;
  r.depth = depth;
  r.text = *text;
  r.koodi_uri = koodi_uri;

  append_requirement (p, &r);
}

/* ammattitaitovaatimukset2019 and the 2020 osa-alue objectives:
 * {kohde, vaatimukset[], kohdealueet[{kuvaus, vaatimukset[{koodi, vaatimus}]}]} */
static void
add_vaatimukset (Parser                   *p,
                 const RequirementScope   *scope,
                 JsonArray                *vaatimukset,
                 const PolkuCatalogueText *kohdealue,
                 guint                     kohdealue_ord)
{
  for (guint ord = 0; ord < array_length (vaatimukset); ord++)
    {
      JsonObject *v = array_object (vaatimukset, ord);
      JsonObject *koodi;
      PolkuCatalogueText text;

      if (v == NULL)
        continue;

      koodi = m_object (v, "koodi");
      text = lt_member (p, v, "vaatimus");
      if (text_first (&text) == NULL && koodi != NULL)
        text = lt_member (p, koodi, "nimi");

      add_requirement (p, scope, kohdealue, kohdealue_ord, ord, 0, &text,
                       intern_clean (p, m_string (koodi, "uri")));
    }
}

static gboolean
has_structured (JsonObject *structured)
{
  return array_length (m_array (structured, "kohdealueet")) > 0 ||
         array_length (m_array (structured, "vaatimukset")) > 0;
}

static void
add_structured (Parser                 *p,
                const RequirementScope *scope,
                JsonObject             *structured)
{
  JsonArray *direct = m_array (structured, "vaatimukset");
  JsonArray *kohdealueet = m_array (structured, "kohdealueet");
  guint kohdealue_ord = 0;

  /* Requirements without a kohdealue come first. */
  if (array_length (direct) > 0)
    add_vaatimukset (p, scope, direct, NULL, kohdealue_ord++);

  for (guint i = 0; i < array_length (kohdealueet); i++)
    {
      JsonObject *ka = array_object (kohdealueet, i);
      PolkuCatalogueText kohdealue = lt_member (p, ka, "kuvaus");

      add_vaatimukset (p, scope, m_array (ka, "vaatimukset"), &kohdealue, kohdealue_ord++);
    }
}

/* Older HTML requirement texts, split per language and paired by position.
 * Returns the number of requirements added; notes go to @notes (per language). */
static guint
add_html (Parser                 *p,
          const RequirementScope *scope,
          JsonObject             *html,
          GString               **notes)
{
  g_autoptr(PolkuHtmlRequirements) split_fi = NULL;
  g_autoptr(PolkuHtmlRequirements) split_sv = NULL;
  g_autoptr(PolkuHtmlRequirements) split_en = NULL;
  g_autoptr(GHashTable) kohdealueet = NULL;
  PolkuHtmlRequirements *split[3] = { NULL, NULL, NULL };
  gboolean aligned = TRUE;
  int base = -1;
  guint n_items = 0, added = 0;

  if (html == NULL)
    return 0;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *text = m_string (html, languages[l]);

      if (text == NULL)
        continue;

      split[l] = polku_html_split_requirements (text);
      if (notes != NULL)
        for (guint i = 0; i < split[l]->notes->len; i++)
          {
            if (notes[l]->len > 0)
              g_string_append_c (notes[l], '\n');
            g_string_append (notes[l], g_ptr_array_index (split[l]->notes, i));
          }

      if (split[l]->items->len == 0)
        continue;
      if (base < 0)
        {
          base = (int) l;
          n_items = split[l]->items->len;
        }
      else if (split[l]->items->len != n_items)
        aligned = FALSE;
    }
  split_fi = split[0];
  split_sv = split[1];
  split_en = split[2];

  if (base < 0)
    return 0;

  if (!aligned)
    g_debug ("%s: the languages of an HTML requirement list differ in length; keeping %s only",
             scope->key_scope, languages[base]);

  kohdealueet = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_items; i++)
    {
      PolkuCatalogueText text = { NULL, NULL, NULL };
      PolkuCatalogueText kohdealue = { NULL, NULL, NULL };
      PolkuHtmlItem *base_item = g_ptr_array_index (split[base]->items, i);
      g_autofree char *kohdealue_key = NULL;
      gpointer ord;

      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          PolkuHtmlItem *item;

          if (split[l] == NULL || i >= split[l]->items->len || ((int) l != base && !aligned))
            continue;
          item = g_ptr_array_index (split[l]->items, i);
          *text_slot (&text, l) = intern (p, item->text);
          *text_slot (&kohdealue, l) = intern (p, item->heading);
        }

      /* Groups in order of first appearance; items before any heading form group 0. */
      kohdealue_key = g_strdup_printf ("%s\x1f%s\x1f%s",
                                       kohdealue.fi ? kohdealue.fi : "",
                                       kohdealue.sv ? kohdealue.sv : "",
                                       kohdealue.en ? kohdealue.en : "");
      if (!g_hash_table_lookup_extended (kohdealueet, kohdealue_key, NULL, &ord))
        {
          ord = GUINT_TO_POINTER (g_hash_table_size (kohdealueet));
          g_hash_table_insert (kohdealueet, g_steal_pointer (&kohdealue_key), ord);
        }

      add_requirement (p, scope, &kohdealue, GPOINTER_TO_UINT (ord), i, base_item->depth, &text, NULL);
      added++;
    }

  return added;
}

/* Criteria */

static const char *
area_code_from_title (const char *title)
{
  g_autofree char *lower = NULL;

  if (title == NULL)
    return NULL;

  /* The four fixed assessment areas of the 2014 perusteet, typed freely. */
  lower = g_utf8_strdown (title, -1);
  if (strstr (lower, "työprosess") != NULL)
    return "ammatillisennaytonarviointikohde_1";
  if (strstr (lower, "työmenetelm") != NULL)
    return "ammatillisennaytonarviointikohde_2";
  if (strstr (lower, "työn perustana") != NULL)
    return "ammatillisennaytonarviointikohde_3";
  if (strstr (lower, "elinikäisen") != NULL)
    return "ammatillisennaytonarviointikohde_4";

  return NULL;
}

static gboolean
is_placeholder_title (const char *title)
{
  g_autofree char *lower = NULL;

  if (title == NULL)
    return FALSE;

  lower = g_utf8_strdown (title, -1);
  return strcmp (lower, "nimetön") == 0 || strcmp (lower, "automaattinen") == 0;
}

/* osaamistasonKriteerit[{_osaamistaso | osaamistaso{id}, kriteerit[]}], in any order */
static void
add_level_criteria (Parser                        *p,
                    const PolkuCatalogueCriterion *template,
                    JsonArray                     *levels)
{
  for (guint i = 0; i < array_length (levels); i++)
    {
      JsonObject *level = array_object (levels, i);
      JsonArray *kriteerit = m_array (level, "kriteerit");
      gint64 level_id = ref_id (level, "_osaamistaso", "osaamistaso");

      if (level == NULL)
        continue;
      if (level_id < 1 || level_id > 9)
        {
          g_debug ("Skipping criteria of an unknown level %" G_GINT64_FORMAT, level_id);
          continue;
        }

      for (guint k = 0; k < array_length (kriteerit); k++)
        {
          JsonNode *node = json_array_get_element (kriteerit, k);
          PolkuCatalogueCriterion c = *template;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          c.text = lt (p, json_node_get_object (node));
          if (text_first (&c.text) == NULL)
            continue;
          c.level_id = level_id;
          c.ord = k;
          g_array_append_val (p->doc->criteria, c);
        }
    }
}

static PolkuCatalogueCriterion
criterion_template (PolkuCatalogueOwner owner,
                    gint64              generic_scale_id,
                    int                 unit,
                    int                 osa_alue)
{
  PolkuCatalogueCriterion c = { 0 };

  c.owner = owner;
  c.generic_scale_id = generic_scale_id;
  c.unit = unit;
  c.osa_alue = osa_alue;
  c.area_ord = POLKU_CATALOGUE_NONE;
  c.target_ord = POLKU_CATALOGUE_NONE;
  return c;
}

/* The unit-specific shape: areas → assessed items → criteria per level.
 * Returns the scale of the first item, or POLKU_CATALOGUE_NONE. */
static gint64
add_arviointi (Parser              *p,
               JsonObject          *arviointi,
               PolkuCatalogueOwner  owner,
               int                  unit,
               int                  osa_alue)
{
  JsonArray *areas = m_array (arviointi, "arvioinninKohdealueet");
  gint64 scale_id = POLKU_CATALOGUE_NONE;

  for (guint a = 0; a < array_length (areas); a++)
    {
      JsonObject *area = array_object (areas, a);
      JsonArray *targets = m_array (area, "arvioinninKohteet");
      PolkuCatalogueCriterion c = criterion_template (owner, POLKU_CATALOGUE_NONE, unit, osa_alue);

      if (area == NULL)
        continue;

      c.area_ord = a;
      c.area = lt_member (p, area, "otsikko");
      if (is_placeholder_title (c.area.fi))
        memset (&c.area, 0, sizeof c.area);
      c.area_koodi_uri = intern_clean (p, m_string (m_object (area, "koodi"), "uri"));
      if (c.area_koodi_uri == NULL)
        c.area_koodi_uri = area_code_from_title (c.area.fi);

      for (guint t = 0; t < array_length (targets); t++)
        {
          JsonObject *target = array_object (targets, t);
          gint64 target_scale;

          if (target == NULL)
            continue;

          target_scale = ref_id (target, "_arviointiAsteikko", "arviointiAsteikko");
          if (scale_id == POLKU_CATALOGUE_NONE)
            scale_id = target_scale;

          c.target_ord = t;
          c.target = lt_member (p, target, "otsikko");
          if (text_first (&c.target) == NULL)
            c.target = lt_member (p, target, "selite");
          add_level_criteria (p, &c, m_array (target, "osaamistasonKriteerit"));
        }
    }

  return scale_id;
}

/* The flat shape of the generic scale and the 2020 osa-alue assessment. */
static gint64
add_flat_criteria (Parser              *p,
                   JsonObject          *arviointi,
                   PolkuCatalogueOwner  owner,
                   gint64               generic_scale_id,
                   int                  unit,
                   int                  osa_alue)
{
  PolkuCatalogueCriterion c = criterion_template (owner, generic_scale_id, unit, osa_alue);

  if (arviointi == NULL)
    return POLKU_CATALOGUE_NONE;

  add_level_criteria (p, &c, m_array (arviointi, "osaamistasonKriteerit"));
  return ref_id (arviointi, "_arviointiAsteikko", "arviointiAsteikko");
}

/* Units */

static guint
add_unit (Parser                   *p,
          const PolkuCatalogueUnit *unit,
          gint64                    eperusteet_id)
{
  guint index = p->doc->units->len;

  g_array_append_vals (p->doc->units, unit, 1);
  g_hash_table_insert (p->unit_uris, (gpointer) unit->koodi_uri, GUINT_TO_POINTER (index + 1));
  if (eperusteet_id != POLKU_CATALOGUE_NONE)
    {
      gint64 *key = g_new (gint64, 1);

      *key = eperusteet_id;
      g_hash_table_insert (p->units_by_id, key, GUINT_TO_POINTER (index + 1));
    }

  return index;
}

static void
unit_init (PolkuCatalogueUnit *unit)
{
  memset (unit, 0, sizeof *unit);
  unit->generic_scale_id = POLKU_CATALOGUE_NONE;
  unit->scale_id = POLKU_CATALOGUE_NONE;
  unit->laajuus_min = NAN;
  unit->laajuus_max = NAN;
  unit->eperusteet_id = POLKU_CATALOGUE_NONE;
  unit->embedded = TRUE;
}

/* A unit key that is free in this document: a second unit with the same code (or
 * one without a code) is keyed by its ePerusteet id. */
static const char *
unit_key (Parser     *p,
          const char *uri,
          gint64      id)
{
  if (uri != NULL && !g_hash_table_contains (p->unit_uris, uri))
    return uri;

  uri = intern_printf (p, "eperusteet:%" G_GINT64_FORMAT, id);
  if (g_hash_table_contains (p->unit_uris, uri))
    return NULL;

  return uri;
}

/* A link to a unit the document does not embed. */
static int
placeholder_unit (Parser *p,
                  gint64  id)
{
  PolkuCatalogueUnit unit;
  gpointer found = g_hash_table_lookup (p->units_by_id, &id);

  if (found != NULL)
    return GPOINTER_TO_INT (found) - 1;

  unit_init (&unit);
  unit.koodi_uri = unit_key (p, NULL, id);
  if (unit.koodi_uri == NULL)
    return -1;
  unit.kind = "tutkinnon_osa";
  unit.embedded = FALSE;
  unit.eperusteet_id = id;
  unit.ord = p->doc->units->len;

  g_debug ("Unit %" G_GINT64_FORMAT " is linked but not in the document", id);
  return (int) add_unit (p, &unit, id);
}

static void
append_note (GString    *notes,
             const char *title,
             const char *text)
{
  if (text == NULL)
    return;
  if (notes->len > 0)
    g_string_append_c (notes, '\n');
  if (title != NULL)
    g_string_append_printf (notes, "%s: ", title);
  g_string_append (notes, text);
}

static void
add_osa_alueet (Parser     *p,
                guint       unit,
                const char *unit_uri,
                JsonArray  *osa_alueet,
                gint64     *scale_id)
{
  guint ord = 0;

  for (guint i = 0; i < array_length (osa_alueet); i++)
    {
      JsonObject *oa = array_object (osa_alueet, i);
      JsonObject *pakolliset = m_object (oa, "pakollisetOsaamistavoitteet");
      JsonObject *valinnaiset = m_object (oa, "valinnaisetOsaamistavoitteet");
      const char *tyyppi = m_string (oa, "tyyppi");
      const char *uri, *variant, *oa_key;
      gint64 oa_id;

      if (oa == NULL)
        continue;

      oa_id = m_int (oa, "id");
      if (oa_id == POLKU_CATALOGUE_NONE)
        oa_id = -(gint64) (i + 1);
      uri = intern_clean (p, m_string (oa, "koodiUri"));
      if (uri == NULL)
        uri = intern_clean (p, m_string (m_object (oa, "koodi"), "uri"));
      if (uri == NULL)
        uri = intern_printf (p, "eperusteet:%" G_GINT64_FORMAT, oa_id);
      variant = intern_clean (p, m_string (m_object (oa, "kielikoodi"), "uri"));
      if (variant == NULL)
        variant = intern_clean (p, m_string (oa, "kieli"));
      if (variant == NULL)
        variant = "";
      /* Not the language variant: it moved from "kieli" to "kielikoodi" over time. */
      oa_key = intern_printf (p, "%s|%" G_GINT64_FORMAT, uri, oa_id);

      if ((tyyppi != NULL && g_ascii_strcasecmp (tyyppi, "osaalue2020") == 0) ||
          pakolliset != NULL || valinnaiset != NULL)
        {
          PolkuCatalogueOsaAlue record = { 0 };
          JsonObject *parts[2] = { pakolliset, valinnaiset };
          static const char * const kinds[2] = { "pakollinen", "valinnainen" };
          int index;
          gint64 oa_scale;

          record.unit = unit;
          record.koodi_uri = uri;
          record.eperusteet_id = oa_id;
          record.variant = variant;
          record.tyyppi = intern_clean (p, tyyppi);
          record.nimi = lt_member (p, oa, "nimi");
          record.pakollinen_laajuus = m_double (pakolliset, "laajuus");
          record.valinnainen_laajuus = m_double (valinnaiset, "laajuus");
          record.ord = ord++;
          g_array_append_val (p->doc->osa_alueet, record);
          index = (int) p->doc->osa_alueet->len - 1;

          for (guint k = 0; k < 2; k++)
            {
              RequirementScope scope = { unit, index, NULL, kinds[k], "osaalue2020" };

              if (parts[k] == NULL)
                continue;
              scope.key_scope = intern_printf (p, "%s|%s|%s|%s|", p->doc->diaarinumero, unit_uri, oa_key, kinds[k]);
              add_structured (p, &scope, m_object (parts[k], "tavoitteet"));
            }

          oa_scale = add_flat_criteria (p, m_object (oa, "arviointi"), POLKU_CATALOGUE_OWNER_OSA_ALUE,
                                        POLKU_CATALOGUE_NONE, (int) unit, index);
          if (*scale_id == POLKU_CATALOGUE_NONE)
            *scale_id = oa_scale;
        }
      else
        {
          JsonArray *objectives = m_array (oa, "osaamistavoitteet");

          /* The 2014 shape: each objective (mandatory or optional part of one language
           * variant) has its own credits, HTML text and assessment, so each becomes an
           * osa_alue row of its own, keyed by the objective id. */
          for (guint j = 0; j < array_length (objectives); j++)
            {
              JsonObject *ot = array_object (objectives, j);
              PolkuCatalogueOsaAlue record = { 0 };
              RequirementScope scope = { unit, -1, NULL, NULL, "osaalue2014" };
              gboolean pakollinen;
              gint64 ot_id, oa_scale;
              double laajuus;

              if (ot == NULL)
                continue;

              ot_id = m_int (ot, "id");
              if (ot_id == POLKU_CATALOGUE_NONE)
                ot_id = -(gint64) (1000 * (i + 1) + j + 1);
              pakollinen = m_bool (ot, "pakollinen");
              laajuus = m_double (ot, "laajuus");

              record.unit = unit;
              record.koodi_uri = uri;
              record.eperusteet_id = ot_id;
              record.variant = variant;
              record.tyyppi = tyyppi != NULL ? intern_clean (p, tyyppi) : "osaalue2014";
              record.nimi = lt_member (p, ot, "nimi");
              if (text_first (&record.nimi) == NULL)
                record.nimi = lt_member (p, oa, "nimi");
              record.pakollinen_laajuus = pakollinen ? laajuus : NAN;
              record.valinnainen_laajuus = pakollinen ? NAN : laajuus;
              record.ord = ord++;
              g_array_append_val (p->doc->osa_alueet, record);

              scope.osa_alue = (int) p->doc->osa_alueet->len - 1;
              scope.objective_kind = pakollinen ? "pakollinen" : "valinnainen";
              scope.key_scope = intern_printf (p, "%s|%s|%s|%s|%" G_GINT64_FORMAT "|",
                                               p->doc->diaarinumero, unit_uri, oa_key,
                                               scope.objective_kind, ot_id);
              add_html (p, &scope, m_object (ot, "tavoitteet"), NULL);

              oa_scale = add_arviointi (p, m_object (ot, "arviointi"), POLKU_CATALOGUE_OWNER_OSA_ALUE,
                                        (int) unit, scope.osa_alue);
              if (*scale_id == POLKU_CATALOGUE_NONE)
                *scale_id = oa_scale;
            }
        }
    }
}

static void
add_telma (Parser     *p,
           guint       unit,
           const char *key_scope,
           JsonObject *sisalto,
           gint64     *scale_id)
{
  JsonArray *goals = m_array (sisalto, "osaamistavoite");
  RequirementScope scope = { unit, -1, key_scope, NULL, "telma" };
  gint64 telma_scale;

  for (guint i = 0; i < array_length (goals); i++)
    {
      JsonObject *goal = array_object (goals, i);
      JsonArray *texts = m_array (goal, "tavoitteet");
      PolkuCatalogueText kohdealue = lt_member (p, goal, "nimi");

      /* "selite" is a lead-in sentence, not a goal. */
      for (guint j = 0; j < array_length (texts); j++)
        {
          JsonNode *node = json_array_get_element (texts, j);
          PolkuCatalogueText text;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          text = lt (p, json_node_get_object (node));
          add_requirement (p, &scope, &kohdealue, i, j, 0, &text, NULL);
        }
    }

  telma_scale = add_arviointi (p, m_object (sisalto, "osaamisenarviointi"), POLKU_CATALOGUE_OWNER_UNIT, (int) unit, -1);
  if (*scale_id == POLKU_CATALOGUE_NONE)
    *scale_id = telma_scale;
}

static void
add_generic_scale (Parser     *p,
                   JsonObject *scale,
                   gint64      id)
{
  PolkuCatalogueGenericScale record = { 0 };
  gint64 *key;

  if (g_hash_table_contains (p->generic_scales, &id))
    return;

  key = g_new (gint64, 1);
  *key = id;
  g_hash_table_add (p->generic_scales, key);

  record.id = id;
  record.nimi = lt_member (p, scale, "nimi");
  record.scale_id = ref_id (scale, "_arviointiAsteikko", "arviointiAsteikko");
  g_array_append_val (p->doc->generic_scales, record);

  add_flat_criteria (p, scale, POLKU_CATALOGUE_OWNER_GENERIC, id, -1, -1);
}

static void
parse_unit (Parser     *p,
            JsonObject *u,
            guint       ord)
{
  PolkuCatalogueUnit unit;
  PolkuCatalogueUnit *record;
  g_autoptr(GString) notes_fi = g_string_new (NULL);
  g_autoptr(GString) notes_sv = g_string_new (NULL);
  g_autoptr(GString) notes_en = g_string_new (NULL);
  GString *notes[3] = { notes_fi, notes_sv, notes_en };
  JsonObject *koodi = m_object (u, "koodi");
  JsonObject *structured, *html, *arviointi, *generic;
  JsonArray *extra;
  RequirementScope scope = { 0, -1, NULL, NULL, NULL };
  const char *uri, *arvo;
  gint64 id, scale_id = POLKU_CATALOGUE_NONE;
  guint index, first_requirement;
  PolkuCatalogueText kuvaus;

  id = m_int (u, "id");
  if (id == POLKU_CATALOGUE_NONE)
    return;

  /* koodiUri is null in some units (62/011/2014): fall back to the code object or the value. */
  uri = intern_clean (p, m_string (u, "koodiUri"));
  if (uri == NULL)
    uri = intern_clean (p, m_string (koodi, "uri"));
  arvo = intern_clean (p, m_string (u, "koodiArvo"));
  if (arvo == NULL)
    arvo = intern_clean (p, m_string (koodi, "arvo"));
  if (uri == NULL && arvo != NULL)
    uri = intern_printf (p, "tutkinnonosat_%s", arvo);
  if (arvo == NULL && uri != NULL && strchr (uri, '_') != NULL)
    arvo = strchr (uri, '_') + 1;

  unit_init (&unit);
  unit.koodi_uri = unit_key (p, uri, id);
  if (unit.koodi_uri == NULL)
    return;
  unit.koodi_arvo = arvo;
  unit.kind = "tutkinnon_osa";
  unit.tyyppi = intern_clean (p, m_string (u, "tyyppi"));
  unit.nimi = lt_member (p, u, "nimi");
  unit.osoittamistavat = lt_html (p, m_object (u, "ammattitaidonOsoittamistavat"));
  unit.eperusteet_id = id;
  unit.ord = ord;
  index = add_unit (p, &unit, id);

  scope.unit = index;
  scope.osa_alue = -1;
  scope.key_scope = intern_printf (p, "%s|%s||", p->doc->diaarinumero, unit.koodi_uri);
  scope.objective_kind = NULL;

  /* The 2019 structured form wins: the HTML text beside it is its rendering. */
  structured = m_object (u, "ammattitaitovaatimukset2019");
  html = m_object (u, "ammattitaitovaatimukset");
  arviointi = m_object (u, "arviointi");
  first_requirement = p->doc->requirements->len;
  if (has_structured (structured))
    {
      scope.source = "2019";
      add_structured (p, &scope, structured);
    }
  else if (html != NULL)
    {
      JsonArray *areas = m_array (arviointi, "arvioinninKohdealueet");
      guint n_top = 0;
      gboolean all_coded = TRUE;

      scope.source = "html";
      add_html (p, &scope, html, notes);

      /* The 2018 shape: one assessment area per requirement, carrying its national code. */
      for (guint i = first_requirement; i < p->doc->requirements->len; i++)
        if (g_array_index (p->doc->requirements, PolkuCatalogueRequirement, i).depth == 0)
          n_top++;
      for (guint a = 0; a < array_length (areas) && all_coded; a++)
        all_coded = m_string (m_object (array_object (areas, a), "koodi"), "uri") != NULL;

      if (n_top > 0 && n_top == array_length (areas) && all_coded)
        {
          guint a = 0;

          for (guint i = first_requirement; i < p->doc->requirements->len; i++)
            {
              PolkuCatalogueRequirement *r = &g_array_index (p->doc->requirements, PolkuCatalogueRequirement, i);

              if (r->depth == 0)
                r->koodi_uri = intern_clean (p, m_string (m_object (array_object (areas, a++), "koodi"), "uri"));
            }
        }
    }

  scale_id = add_arviointi (p, arviointi, POLKU_CATALOGUE_OWNER_UNIT, (int) index, -1);

  generic = m_object (u, "geneerinenArviointiasteikko");
  if (generic != NULL && m_int (generic, "id") != POLKU_CATALOGUE_NONE)
    {
      gint64 generic_id = m_int (generic, "id");

      add_generic_scale (p, generic, generic_id);
      g_array_index (p->doc->units, PolkuCatalogueUnit, index).generic_scale_id = generic_id;
      if (scale_id == POLKU_CATALOGUE_NONE)
        scale_id = ref_id (generic, "_arviointiAsteikko", "arviointiAsteikko");
    }

  add_osa_alueet (p, index, unit.koodi_uri, m_array (u, "osaAlueet"), &scale_id);

  if (m_object (u, "valmaTelmaSisalto") != NULL)
    add_telma (p, index, scope.key_scope, m_object (u, "valmaTelmaSisalto"), &scale_id);

  /* Notes of the unit: its description, free texts, and remarks after the requirement list. */
  kuvaus = lt_html (p, m_object (u, "kuvaus"));
  extra = m_array (u, "vapaatTekstit");
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GString) all = g_string_new (*text_slot (&kuvaus, l));

      for (guint i = 0; i < array_length (extra); i++)
        {
          JsonObject *free_text = array_object (extra, i);
          PolkuCatalogueText title = lt_member (p, free_text, "nimi");
          g_autofree char *body = polku_html_to_text (m_string (m_object (free_text, "teksti"), languages[l]));

          append_note (all, *text_slot (&title, l), body);
        }
      append_note (all, NULL, notes[l]->len > 0 ? notes[l]->str : NULL);
      *text_slot (&kuvaus, l) = all->len > 0 ? intern (p, all->str) : NULL;
    }

  record = &g_array_index (p->doc->units, PolkuCatalogueUnit, index);
  record->kuvaus = kuvaus;
  record->scale_id = scale_id;
}

/* TUVA: koulutuksen osat instead of units, credits in weeks */

static void
collect_koulutuksen_osat_order (JsonObject *node,
                                GArray     *order,
                                guint       depth)
{
  JsonObject *osa = m_object (node, "perusteenOsa");
  JsonArray *children = m_array (node, "lapset");
  const char *kind = m_string (osa, "osanTyyppi");

  if (depth > MAX_NESTING)
    return;

  if (kind != NULL && g_ascii_strcasecmp (kind, "koulutuksenosa") == 0)
    {
      gint64 id = m_int (osa, "id");

      if (id != POLKU_CATALOGUE_NONE)
        g_array_append_val (order, id);
    }

  for (guint i = 0; i < array_length (children); i++)
    collect_koulutuksen_osat_order (array_object (children, i), order, depth + 1);
}

static void
parse_koulutuksen_osat (Parser     *p,
                        JsonObject *root)
{
  JsonArray *osat = m_array (root, "koulutuksenOsat");
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (array_length (osat) == 0)
    return;

  /* Display order is the order of the parts in the document's table of contents. */
  collect_koulutuksen_osat_order (m_object (m_object (root, "tutkintoonvalmentava"), "sisalto"), order, 0);

  for (guint i = 0; i < array_length (osat); i++)
    {
      JsonObject *ko = array_object (osat, i);
      JsonObject *koodi = m_object (ko, "nimiKoodi");
      JsonArray *goals = m_array (ko, "tavoitteet");
      PolkuCatalogueUnit unit;
      RequirementScope scope = { 0, -1, NULL, NULL, "tuva" };
      g_autofree char *assessment = NULL;
      gint64 id;
      guint ord = order->len + i;

      if (ko == NULL || (id = m_int (ko, "id")) == POLKU_CATALOGUE_NONE)
        continue;

      for (guint k = 0; k < order->len; k++)
        if (g_array_index (order, gint64, k) == id)
          {
            ord = k;
            break;
          }

      unit_init (&unit);
      unit.koodi_uri = unit_key (p, intern_clean (p, m_string (koodi, "uri")), id);
      if (unit.koodi_uri == NULL)
        continue;
      unit.koodi_arvo = intern_clean (p, m_string (koodi, "arvo"));
      unit.kind = "koulutuksen_osa";
      /* yhteinen = mandatory for everyone; the others are chosen */
      unit.tyyppi = intern_clean (p, m_string (ko, "koulutusOsanTyyppi"));
      unit.nimi = lt_member (p, ko, "nimi");
      unit.kuvaus = lt_html (p, m_object (ko, "kuvaus"));
      unit.laajuus_min = m_double (ko, "laajuusMinimi");
      unit.laajuus_max = m_double (ko, "laajuusMaksimi");
      unit.eperusteet_id = id;
      unit.ord = ord;

      /* TUVA is assessed pass/fail; the document only says so in prose. */
      assessment = polku_html_to_text (m_string (m_object (ko, "arvioinninKuvaus"), "fi"));
      if (assessment != NULL)
        {
          g_autofree char *lower = g_utf8_strdown (assessment, -1);

          if (strstr (lower, "hyväksytty") != NULL)
            unit.scale_id = 1;
        }

      scope.unit = add_unit (p, &unit, id);
      scope.key_scope = intern_printf (p, "%s|%s||", p->doc->diaarinumero, unit.koodi_uri);

      for (guint j = 0; j < array_length (goals); j++)
        {
          JsonNode *node = json_array_get_element (goals, j);
          PolkuCatalogueText text;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          text = lt (p, json_node_get_object (node));
          add_requirement (p, &scope, NULL, 0, j, 0, &text, NULL);
        }
    }
}

/* The structure tree */

static const ViiteInfo *
lookup_viite (Parser     *p,
              JsonObject *leaf)
{
  gint64 id = m_int (leaf, "_tutkinnonOsaViite");

  if (id == POLKU_CATALOGUE_NONE)
    return NULL;

  return g_hash_table_lookup (p->viitteet, &id);
}

/* The group is satisfied only by taking all its children: Σ credits == minimum,
 * or (without credits) the number of children == the minimum count. */
static gboolean
group_takes_all (Parser     *p,
                 JsonObject *group)
{
  JsonArray *children = m_array (group, "osat");
  JsonObject *rule = m_object (group, "muodostumisSaanto");
  double minimum = m_double (m_object (rule, "laajuus"), "minimi");
  gint64 count_minimum = m_int (m_object (rule, "koko"), "minimi");
  double sum = 0;
  guint n = 0;

  for (guint i = 0; i < array_length (children); i++)
    {
      JsonObject *child = array_object (children, i);
      double credits;

      if (child == NULL)
        continue;
      n++;

      if (json_object_has_member (child, "_tutkinnonOsaViite"))
        {
          const ViiteInfo *viite = lookup_viite (p, child);

          credits = viite != NULL ? m_double (viite->object, "laajuus") : NAN;
        }
      else
        credits = m_double (m_object (m_object (child, "muodostumisSaanto"), "laajuus"), "minimi");

      sum += credits;
    }

  if (n == 0)
    return FALSE;

  if (!isnan (minimum) && minimum > 0)
    return !isnan (sum) && sum - minimum < 1e-6 && minimum - sum < 1e-6;

  if (count_minimum != POLKU_CATALOGUE_NONE)
    return count_minimum == (gint64) n;

  return FALSE;
}

static gboolean
is_context_role (const char *rooli)
{
  return rooli != NULL &&
         (g_ascii_strcasecmp (rooli, "osaamisala") == 0 || g_ascii_strcasecmp (rooli, "tutkintonimike") == 0);
}

/* Mandatory when any of three signals says so: the leaf's flag, the name of the
 * nearest named group ("Pakolliset tutkinnon osat"), or a group that takes all. */
static gboolean
leaf_is_mandatory (Parser     *p,
                   JsonObject *leaf)
{
  GPtrArray *ancestors = p->ancestors;

  if (m_bool (leaf, "pakollinen"))
    return TRUE;

  for (guint i = ancestors->len; i > 0; i--)
    {
      JsonObject *group = g_ptr_array_index (ancestors, i - 1);
      JsonObject *nimi = m_object (group, "nimi");
      gboolean hit = FALSE;

      if (is_context_role (m_string (group, "rooli")))
        continue;
      if (nimi == NULL || json_object_get_size (nimi) == 0)
        continue;

      for (guint l = 0; l < G_N_ELEMENTS (languages) && !hit; l++)
        hit = says_mandatory (m_string (nimi, languages[l]));
      if (hit)
        return TRUE;
      break;
    }

  return ancestors->len > 0 && group_takes_all (p, g_ptr_array_index (ancestors, ancestors->len - 1));
}

static void
leaf_context (Parser      *p,
              const char **out_osaamisala,
              const char **out_tutkintonimike)
{
  *out_osaamisala = "";
  *out_tutkintonimike = "";

  for (guint i = p->ancestors->len; i > 0; i--)
    {
      JsonObject *group = g_ptr_array_index (p->ancestors, i - 1);
      JsonObject *osaamisala = m_object (group, "osaamisala");
      JsonObject *nimike = m_object (group, "tutkintonimike");

      if (**out_osaamisala == '\0' && osaamisala != NULL && json_object_get_size (osaamisala) > 0)
        {
          const char *uri = intern_clean (p, m_string (osaamisala, "osaamisalakoodiUri"));
          *out_osaamisala = uri != NULL ? uri : "";
        }
      if (**out_tutkintonimike == '\0' && nimike != NULL && json_object_get_size (nimike) > 0)
        {
          const char *uri = intern_clean (p, m_string (nimike, "uri"));
          *out_tutkintonimike = uri != NULL ? uri : "";
        }
    }
}

static void
walk_node (Parser     *p,
           JsonObject *node,
           const char *path,
           const char *parent_path)
{
  PolkuCatalogueNode record = { 0 };
  JsonArray *children;

  if (node == NULL || json_object_get_size (node) == 0 || p->ancestors->len > MAX_NESTING)
    return;

  record.suoritustapa = p->suoritustapa;
  record.path = path;
  record.parent_path = parent_path;
  record.depth = p->ancestors->len;
  record.ord = p->node_ord++;
  record.unit = -1;
  record.koko_min = POLKU_CATALOGUE_NONE;
  record.koko_max = POLKU_CATALOGUE_NONE;
  record.laajuus_min = NAN;
  record.laajuus_max = NAN;
  record.kuvaus = lt_html (p, m_object (node, "kuvaus"));
  record.ctx_osaamisala_uri = "";
  record.ctx_tutkintonimike_uri = "";

  if (json_object_has_member (node, "_tutkinnonOsaViite"))
    {
      const ViiteInfo *viite = lookup_viite (p, node);

      record.is_unit = TRUE;
      record.unit = viite != NULL ? viite->unit : -1;
      record.mandatory = leaf_is_mandatory (p, node);
      leaf_context (p, &record.ctx_osaamisala_uri, &record.ctx_tutkintonimike_uri);
      g_array_append_val (p->doc->nodes, record);
      return;
    }

  {
    JsonObject *rule = m_object (node, "muodostumisSaanto");
    JsonObject *laajuus = m_object (rule, "laajuus");
    JsonObject *koko = m_object (rule, "koko");
    PolkuCatalogueText nimi = lt_member (p, node, "nimi");

    record.nimi.fi = nimi.fi;
    record.nimi.sv = nimi.sv;
    record.rooli = intern_clean (p, m_string (node, "rooli"));
    record.laajuus_min = m_double (laajuus, "minimi");
    record.laajuus_max = m_double (laajuus, "maksimi");
    record.koko_min = m_int (koko, "minimi");
    record.koko_max = m_int (koko, "maksimi");
    record.osaamisala_uri = intern_clean (p, m_string (m_object (node, "osaamisala"), "osaamisalakoodiUri"));
    record.tutkintonimike_uri = intern_clean (p, m_string (m_object (node, "tutkintonimike"), "uri"));
    g_array_append_val (p->doc->nodes, record);
  }

  children = m_array (node, "osat");
  g_ptr_array_add (p->ancestors, node);
  for (guint i = 0; i < array_length (children); i++)
    {
      /* Empty children ({}) keep their index in the path. */
      const char *child_path = intern_printf (p, "%s.%u", path, i);

      walk_node (p, array_object (children, i), child_path, path);
    }
  g_ptr_array_set_size (p->ancestors, p->ancestors->len - 1);
}

static void
parse_suoritustavat (Parser     *p,
                     JsonObject *root)
{
  JsonArray *tavat = m_array (root, "suoritustavat");

  for (guint i = 0; i < array_length (tavat); i++)
    {
      JsonObject *st = array_object (tavat, i);
      JsonArray *viitteet = m_array (st, "tutkinnonOsaViitteet");
      PolkuCatalogueSuoritustapa record;
      const char *koodi = intern_clean (p, m_string (st, "suoritustapakoodi"));

      if (koodi == NULL || g_hash_table_contains (p->suoritustavat, koodi))
        continue;
      g_hash_table_add (p->suoritustavat, (gpointer) koodi);

      record.koodi = koodi;
      record.laajuus_yksikko = intern_clean (p, m_string (st, "laajuusYksikko"));
      g_array_append_val (p->doc->suoritustavat, record);

      /* Credits live on these links, not on the units. */
      g_hash_table_remove_all (p->viitteet);
      for (guint j = 0; j < array_length (viitteet); j++)
        {
          JsonObject *v = array_object (viitteet, j);
          PolkuCatalogueViite viite;
          ViiteInfo *info;
          gint64 viite_id, unit_id, *key;
          gpointer found;
          int unit;

          if (v == NULL)
            continue;
          viite_id = m_int (v, "id");
          unit_id = ref_id (v, "_tutkinnonOsa", "tutkinnonOsa");
          if (unit_id == POLKU_CATALOGUE_NONE)
            continue;

          found = g_hash_table_lookup (p->units_by_id, &unit_id);
          unit = found != NULL ? GPOINTER_TO_INT (found) - 1 : placeholder_unit (p, unit_id);
          if (unit < 0)
            continue;

          viite.suoritustapa = koodi;
          viite.unit = (guint) unit;
          viite.laajuus = m_double (v, "laajuus");
          viite.laajuus_max = m_double (v, "laajuusMaksimi");
          viite.jarjestys = m_int (v, "jarjestys");
          g_array_append_val (p->doc->viitteet, viite);

          if (viite_id != POLKU_CATALOGUE_NONE)
            {
              key = g_new (gint64, 1);
              *key = viite_id;
              info = g_new (ViiteInfo, 1);
              info->object = v;
              info->unit = unit;
              g_hash_table_insert (p->viitteet, key, info);
            }
        }

      p->suoritustapa = koodi;
      p->node_ord = 0;
      walk_node (p, m_object (st, "rakenne"), "0", NULL);
    }
}

static void
parse_peruste (Parser     *p,
               JsonObject *root)
{
  PolkuCatalogueDoc *doc = p->doc;
  JsonArray *array;
  const char *chosen_unit = NULL;
  int chosen_rank = 0;

  doc->eperusteet_id = m_int (root, "id");
  doc->nimi = lt_member (p, root, "nimi");
  {
    /* Stored in the spelling of the ePerusteet API, whatever the document says. */
    g_autofree char *koulutustyyppi = g_ascii_strdown (m_string (root, "koulutustyyppi"), -1);

    doc->koulutustyyppi = intern_clean (p, koulutustyyppi);
  }
  doc->tyyppi = intern_clean (p, m_string (root, "tyyppi"));
  doc->toteutus = intern_clean (p, m_string (root, "toteutus"));
  doc->voimassaolo_alkaa = m_date (p, root, "voimassaoloAlkaa");
  doc->voimassaolo_loppuu = m_date (p, root, "voimassaoloLoppuu");
  doc->siirtyma_paattyy = m_date (p, root, "siirtymaPaattyy");
  doc->paatospvm = m_date (p, root, "paatospvm");
  doc->kuvaus = lt_html (p, m_object (root, "kuvaus"));
  doc->global_version = m_int (m_object (root, "globalVersion"), "aikaleima");

  array = m_array (root, "kielet");
  if (array_length (array) > 0)
    {
      g_autoptr(GString) kielet = g_string_new (NULL);

      for (guint i = 0; i < array_length (array); i++)
        {
          const char *kieli = node_string (json_array_get_element (array, i));

          if (kieli == NULL)
            continue;
          if (kielet->len > 0)
            g_string_append_c (kielet, ',');
          g_string_append (kielet, kieli);
        }
      doc->kielet = intern_clean (p, kielet->str);
    }

  array = m_array (root, "koulutukset");
  for (guint i = 0; i < array_length (array); i++)
    {
      JsonObject *k = array_object (array, i);
      PolkuCatalogueKoodi record;

      record.uri = intern_clean (p, m_string (k, "koulutuskoodiUri"));
      if (record.uri == NULL)
        continue;
      record.arvo = intern_clean (p, m_string (k, "koulutuskoodiArvo"));
      record.nimi = lt_member (p, k, "nimi");
      g_array_append_val (doc->koulutukset, record);
    }

  array = m_array (root, "osaamisalat");
  for (guint i = 0; i < array_length (array); i++)
    {
      JsonObject *o = array_object (array, i);
      PolkuCatalogueKoodi record;

      record.uri = intern_clean (p, m_string (o, "uri"));
      if (record.uri == NULL)
        continue;
      record.arvo = intern_clean (p, m_string (o, "arvo"));
      record.nimi = lt_member (p, o, "nimi");
      g_array_append_val (doc->osaamisalat, record);
    }

  array = m_array (root, "tutkintonimikkeet");
  for (guint i = 0; i < array_length (array); i++)
    {
      JsonObject *t = array_object (array, i);
      PolkuCatalogueTutkintonimike record;

      record.uri = intern_clean (p, m_string (t, "tutkintonimikeUri"));
      if (record.uri == NULL)
        continue;
      record.osaamisala_uri = intern_clean (p, m_string (t, "osaamisalaUri"));
      if (record.osaamisala_uri == NULL)
        record.osaamisala_uri = "";
      record.tutkinnon_osa_uri = intern_clean (p, m_string (t, "tutkinnonOsaUri"));
      record.arvo = intern_clean (p, m_string (t, "tutkintonimikeArvo"));
      record.nimi = lt_member (p, t, "nimi");
      g_array_append_val (doc->tutkintonimikkeet, record);
    }

  array = m_array (root, "tutkinnonOsat");
  for (guint i = 0; i < array_length (array); i++)
    {
      JsonObject *u = array_object (array, i);

      if (u != NULL)
        parse_unit (p, u, i);
    }

  parse_suoritustavat (p, root);
  parse_koulutuksen_osat (p, root);

  /* The unit of credits of the way of completion shown first: reformi, ops, then any. */
  for (guint i = 0; i < doc->suoritustavat->len; i++)
    {
      const PolkuCatalogueSuoritustapa *st = &g_array_index (doc->suoritustavat, PolkuCatalogueSuoritustapa, i);
      int rank = g_strcmp0 (st->koodi, "reformi") == 0 ? 3 : g_strcmp0 (st->koodi, "ops") == 0 ? 2 : 1;

      if (rank > chosen_rank && st->laajuus_yksikko != NULL)
        {
          chosen_rank = rank;
          chosen_unit = st->laajuus_yksikko;
        }
    }
  doc->laajuus_yksikko = chosen_unit;
  if (g_ascii_strcasecmp (doc->koulutustyyppi, "koulutustyyppi_40") == 0)
    doc->laajuus_yksikko = "VIIKKO";
}

/* Validation */

typedef struct
{
  gboolean too_deep;
  gboolean unclosed;      /* ends inside a string, object or array */
  gboolean mismatched;    /* a closing bracket that closes nothing or the wrong thing */
} JsonScan;

/* One pass over the bytes, before json-glib sees them: refuses nesting json-glib
 * cannot survive, and tells a cut-off file from a file that is not JSON. */
static void
scan_json (const char *data,
           gsize       length,
           JsonScan   *scan)
{
  char stack[MAX_NESTING];
  guint depth = 0;
  const char *p = data, *end = data + length;

  memset (scan, 0, sizeof *scan);

  while (p < end)
    {
      char c = *p++;

      switch (c)
        {
        case '"':
          /* Most of a document is string contents: jump from quote to quote; a quote
           * after an odd number of backslashes is part of the string. */
          for (;;)
            {
              const char *quote = memchr (p, '"', end - p);
              const char *b;

              if (quote == NULL)
                {
                  scan->unclosed = TRUE;
                  return;
                }
              for (b = quote; b > p && b[-1] == '\\'; b--)
                ;
              p = quote + 1;
              if (((quote - b) & 1) == 0)
                break;
            }
          break;

        case '{':
        case '[':
          if (depth >= MAX_NESTING)
            {
              scan->too_deep = TRUE;
              return;
            }
          stack[depth++] = c;
          break;

        case '}':
        case ']':
          if (depth == 0 || stack[depth - 1] != (c == '}' ? '{' : '['))
            scan->mismatched = TRUE;
          else
            depth--;
          break;

        default:
          break;
        }
    }

  scan->unclosed = depth > 0;
}

static gsize
skip_space (const char *data,
            gsize       length)
{
  gsize i = 0;

  while (i < length && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
    i++;

  return i;
}

static gboolean
accepted_type (const char *koulutustyyppi)
{
  for (guint i = 0; accepted_types[i] != NULL; i++)
    if (g_ascii_strcasecmp (koulutustyyppi, accepted_types[i]) == 0)
      return TRUE;

  return FALSE;
}

static PolkuCatalogueDoc *
parse_document (GBytes      *bytes,
                const char  *source_name,
                GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  g_autoptr(PolkuCatalogueDoc) doc = NULL;
  g_autofree char *size = NULL;
  g_autofree char *limit = NULL;
  Parser p = { 0 };
  JsonScan scan;
  JsonNode *root_node;
  JsonObject *root;
  const char *data, *diaarinumero, *koulutustyyppi;
  gsize length;

  data = g_bytes_get_data (bytes, &length);
  /* A byte order mark is not JSON, but harmless. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (length > POLKU_EPERUSTEET_MAX_SIZE)
    {
      size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      limit = g_format_size_full (POLKU_EPERUSTEET_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TOO_LARGE,
                   /* Translators: the first %s is a file name, then two sizes such as "70 MB". */
                   _("“%s” is too large to be an ePerusteet document (%s; at most %s is accepted)."),
                   source_name, size, limit);
      return NULL;
    }

  if (skip_space (data, length) >= length)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_JSON,
                   /* Translators: %s is a file name. */
                   _("“%s” is not an ePerusteet document: the file is empty."), source_name);
      return NULL;
    }

  scan_json (data, length, &scan);
  if (scan.too_deep)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_A_PERUSTE,
                   /* Translators: %s is a file name. */
                   _("“%s” is not an ePerusteet document: its data is nested too deeply."), source_name);
      return NULL;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &json_error))
    {
      gsize start = skip_space (data, length);

      if (scan.unclosed && !scan.mismatched && start < length && (data[start] == '{' || data[start] == '['))
        g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TRUNCATED,
                     /* Translators: %s is a file name. */
                     _("“%s” is incomplete: the document ends in the middle. Download it again."),
                     source_name);
      else
        g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_JSON,
                     /* Translators: the first %s is a file name, the second the JSON parser's message. */
                     _("“%s” is not an ePerusteet document: it is not valid JSON (%s)."),
                     source_name, json_error->message);
      return NULL;
    }

  root_node = json_parser_get_root (parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_A_PERUSTE,
                   /* Translators: %s is a file name. */
                   _("“%s” is not an ePerusteet document: it does not describe a qualification."),
                   source_name);
      return NULL;
    }
  root = json_node_get_object (root_node);

  /* A unit, a search result page or some other JSON has neither. */
  if (!json_object_has_member (root, "diaarinumero") && !json_object_has_member (root, "koulutustyyppi"))
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_A_PERUSTE,
                   /* Translators: %s is a file name; diaarinumero and koulutustyyppi are field names. */
                   _("“%s” is not an ePerusteet qualification document (peruste): it has no diaarinumero and no koulutustyyppi. A single unit or a search result cannot be imported."),
                   source_name);
      return NULL;
    }

  diaarinumero = m_string (root, "diaarinumero");
  koulutustyyppi = m_string (root, "koulutustyyppi");
  {
    const char *missing = NULL;
    g_autofree char *clean_diaarinumero = polku_text_clean (diaarinumero);

    if (clean_diaarinumero == NULL)
      missing = "diaarinumero";
    else if (m_int (root, "id") == POLKU_CATALOGUE_NONE)
      missing = "id";
    else if (koulutustyyppi == NULL)
      missing = "koulutustyyppi";

    if (missing != NULL)
      {
        g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_MISSING_FIELD,
                     /* Translators: the first %s is a file name, the second a field name such as “diaarinumero”. */
                     _("“%s” is not a complete ePerusteet document: the field “%s” is missing."),
                     source_name, missing);
        return NULL;
      }
  }

  if (!accepted_type (koulutustyyppi))
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_VOCATIONAL,
                   /* Translators: the first %s is a file name, the second a code such as “koulutustyyppi_2”. */
                   _("“%s” is not a vocational qualification or preparatory education (its type is “%s”). Polku imports vocational qualifications and the TUVA, TELMA and VALMA programmes."),
                   source_name, koulutustyyppi);
      return NULL;
    }

  doc = polku_catalogue_doc_new ();
  p.doc = doc;
  p.scratch = g_string_sized_new (256);
  p.units_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  p.unit_uris = g_hash_table_new (g_str_hash, g_str_equal);
  p.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.generic_scales = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  p.suoritustavat = g_hash_table_new (g_str_hash, g_str_equal);
  p.viitteet = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  p.ancestors = g_ptr_array_new ();

  doc->diaarinumero = intern_clean (&p, diaarinumero);
  doc->source = strstr (source_name, "://") != NULL ? intern_printf (&p, "api:%s", source_name)
                                                    : intern_printf (&p, "file:%s", source_name);
  parse_peruste (&p, root);

  g_string_free (p.scratch, TRUE);
  g_hash_table_unref (p.units_by_id);
  g_hash_table_unref (p.unit_uris);
  g_hash_table_unref (p.keys);
  g_hash_table_unref (p.generic_scales);
  g_hash_table_unref (p.suoritustavat);
  g_hash_table_unref (p.viitteet);
  g_ptr_array_unref (p.ancestors);

  return g_steal_pointer (&doc);
}

/* Summaries */

static char *
describe_unit (const char *code,
               const char *name)
{
  if (name == NULL)
    return g_strdup (code != NULL ? code : "");
  if (code == NULL)
    return g_strdup (name);
  return g_strdup_printf ("%s %s", code, name);
}

static char *
describe_change (const PolkuCatalogueChange *change)
{
  g_autofree char *unit = describe_unit (change->unit_code, change->unit_name);

  if (change->is_unit)
    {
      switch (change->kind)
        {
        case POLKU_CATALOGUE_CHANGE_ADDED:
          /* Translators: %s is a unit's code and name. */
          return g_strdup_printf (_("Unit added: %s"), unit);
        case POLKU_CATALOGUE_CHANGE_CHANGED:
          /* Translators: %s is a unit's code and name. */
          return g_strdup_printf (_("Unit changed: %s"), unit);
        case POLKU_CATALOGUE_CHANGE_REMOVED:
          /* Translators: %s is a unit's code and name. */
          return g_strdup_printf (_("Unit removed: %s"), unit);
        case POLKU_CATALOGUE_CHANGE_RETIRED:
          /* Translators: %s is a unit's code and name. */
          return g_strdup_printf (_("Unit no longer in the qualification, kept because it is in use: %s"), unit);
        default:
          g_assert_not_reached ();
        }
    }

  switch (change->kind)
    {
    case POLKU_CATALOGUE_CHANGE_ADDED:
      /* Translators: the first %s is a unit's code, the second a requirement. */
      return g_strdup_printf (_("Requirement added to %s: %s"), unit, change->new_text);
    case POLKU_CATALOGUE_CHANGE_CHANGED:
      if (g_strcmp0 (change->old_text, change->new_text) != 0)
        /* Translators: the first %s is a unit's code, then the old and the new text of a requirement. */
        return g_strdup_printf (_("Requirement changed in %s: “%s” → “%s”"), unit, change->old_text, change->new_text);
      if (g_strcmp0 (change->old_kohdealue, change->new_kohdealue) != 0 && change->new_kohdealue != NULL)
        /* Translators: the first %s is a unit's code, the second a heading (kohdealue), the third a requirement. */
        return g_strdup_printf (_("Requirement moved in %s under “%s”: %s"), unit, change->new_kohdealue, change->new_text);
      /* Translators: the first %s is a unit's code, the second a requirement whose translation or code changed. */
      return g_strdup_printf (_("Requirement updated in %s (translation or code): %s"), unit, change->new_text);
    case POLKU_CATALOGUE_CHANGE_REMOVED:
      /* Translators: the first %s is a unit's code and name, the second a requirement. */
      return g_strdup_printf (_("Requirement removed from %s: %s"), unit, change->old_text);
    case POLKU_CATALOGUE_CHANGE_RETIRED:
      /* Translators: the first %s is a unit's code and name, the second a requirement. */
      return g_strdup_printf (_("Requirement no longer in %s, kept because it is in use: %s"), unit, change->old_text);
    default:
      g_assert_not_reached ();
    }
}

static PolkuImportSummary *
summary_new (const char                       *source_name,
             const PolkuCatalogueDoc          *doc,
             const PolkuCatalogueImportResult *result)
{
  PolkuImportSummary *summary = g_new0 (PolkuImportSummary, 1);

  summary->source = g_strdup (source_name);
  summary->diaarinumero = g_strdup (doc->diaarinumero);
  summary->name_fi = g_strdup (doc->nimi.fi);
  summary->name_sv = g_strdup (doc->nimi.sv);
  summary->updated = result->updated;
  summary->n_units = result->n_units;
  summary->n_requirements = result->n_requirements;
  summary->n_criteria = result->n_criteria;
  summary->n_units_added = result->n_units_added;
  summary->n_units_removed = result->n_units_removed;
  summary->n_units_retired = result->n_units_retired;
  summary->n_requirements_added = result->n_requirements_added;
  summary->n_requirements_changed = result->n_requirements_changed;
  summary->n_requirements_removed = result->n_requirements_removed;
  summary->n_requirements_retired = result->n_requirements_retired;
  summary->changes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < result->changes->len; i++)
    g_ptr_array_add (summary->changes, describe_change (g_ptr_array_index (result->changes, i)));

  return summary;
}

static PolkuImportSummary *
write_document (PolkuStore         *store,
                PolkuCatalogueDoc  *doc,
                const char         *source_name,
                GError            **error)
{
  g_autoptr(PolkuCatalogueImportResult) result = NULL;

  if (!polku_store_catalogue_import (store, doc, &result, error))
    {
      /* Translators: %s is a file name; the reason follows. */
      g_prefix_error (error, _("“%s” could not be imported: "), source_name);
      return NULL;
    }

  return summary_new (source_name, doc, result);
}

static char *
display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename == NULL)
    return g_file_get_parse_name (file);

  return g_filename_display_name (basename);
}

static GBytes *
load_file (GFile         *file,
           const char    *name,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;
  gsize length = 0;

  /* Refuse a huge file before reading it. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info != NULL && g_file_info_get_size (info) > POLKU_EPERUSTEET_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (g_file_info_get_size (info), G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (POLKU_EPERUSTEET_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TOO_LARGE,
                   _("“%s” is too large to be an ePerusteet document (%s; at most %s is accepted)."),
                   name, size, limit);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  return g_bytes_new_take (contents, length);
}

/* Public API */

PolkuImportSummary *
polku_import_summary_copy (const PolkuImportSummary *summary)
{
  PolkuImportSummary *copy;

  g_return_val_if_fail (summary != NULL, NULL);

  copy = g_memdup2 (summary, sizeof *summary);
  copy->source = g_strdup (summary->source);
  copy->diaarinumero = g_strdup (summary->diaarinumero);
  copy->name_fi = g_strdup (summary->name_fi);
  copy->name_sv = g_strdup (summary->name_sv);
  copy->changes = g_ptr_array_new_with_free_func (g_free);
  if (summary->changes != NULL)
    for (guint i = 0; i < summary->changes->len; i++)
      g_ptr_array_add (copy->changes, g_strdup (g_ptr_array_index (summary->changes, i)));

  return copy;
}

void
polku_import_summary_free (PolkuImportSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->source);
  g_free (summary->diaarinumero);
  g_free (summary->name_fi);
  g_free (summary->name_sv);
  g_clear_pointer (&summary->changes, g_ptr_array_unref);
  g_free (summary);
}

static void
append_count (GString    *out,
              guint       n,
              const char *text)
{
  if (n == 0)
    return;
  if (out->len > 0)
    g_string_append (out, ", ");
  g_string_append (out, text);
}

/**
 * polku_import_summary_to_line:
 *
 * One line for the command line: source, name, diaarinumero and the counts, and for
 * a re-import what changed.
 *
 * Returns: (transfer full): the line, without a newline
 */
char *
polku_import_summary_to_line (const PolkuImportSummary *summary)
{
  g_autofree char *units = NULL;
  g_autofree char *requirements = NULL;
  g_autofree char *criteria = NULL;
  g_autoptr(GString) changes = NULL;
  g_autofree char *line = NULL;
  const char *name;

  g_return_val_if_fail (summary != NULL, NULL);

  name = summary->name_fi != NULL ? summary->name_fi : summary->name_sv != NULL ? summary->name_sv : "";
  /* Translators: part of an import summary, e.g. "78 units". */
  units = g_strdup_printf (ngettext ("%u unit", "%u units", summary->n_units), summary->n_units);
  /* Translators: part of an import summary, e.g. "2293 requirements". */
  requirements = g_strdup_printf (ngettext ("%u requirement", "%u requirements", summary->n_requirements),
                                  summary->n_requirements);
  /* Translators: part of an import summary, e.g. "614 criteria". */
  criteria = g_strdup_printf (ngettext ("%u criterion", "%u criteria", summary->n_criteria), summary->n_criteria);

  /* Translators: an import summary: file name, qualification name, diaarinumero, then
   * "78 units", "2293 requirements" and "614 criteria". */
  line = g_strdup_printf (_("%s: %s (%s): %s, %s, %s"), summary->source, name,
                          summary->diaarinumero, units, requirements, criteria);
  if (!summary->updated)
    return g_steal_pointer (&line);

  changes = g_string_new (NULL);
  {
    g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL, *f = NULL, *g = NULL;

    /* Translators: what a re-import changed; these are joined with commas. */
    a = g_strdup_printf (ngettext ("%u unit added", "%u units added", summary->n_units_added), summary->n_units_added);
    b = g_strdup_printf (ngettext ("%u unit removed", "%u units removed", summary->n_units_removed), summary->n_units_removed);
    c = g_strdup_printf (ngettext ("%u unit kept in use", "%u units kept in use", summary->n_units_retired), summary->n_units_retired);
    d = g_strdup_printf (ngettext ("%u requirement added", "%u requirements added", summary->n_requirements_added),
                         summary->n_requirements_added);
    e = g_strdup_printf (ngettext ("%u requirement changed", "%u requirements changed", summary->n_requirements_changed),
                         summary->n_requirements_changed);
    f = g_strdup_printf (ngettext ("%u requirement removed", "%u requirements removed", summary->n_requirements_removed),
                         summary->n_requirements_removed);
    g = g_strdup_printf (ngettext ("%u requirement kept in use", "%u requirements kept in use", summary->n_requirements_retired),
                         summary->n_requirements_retired);
    append_count (changes, summary->n_units_added, a);
    append_count (changes, summary->n_units_removed, b);
    append_count (changes, summary->n_units_retired, c);
    append_count (changes, summary->n_requirements_added, d);
    append_count (changes, summary->n_requirements_changed, e);
    append_count (changes, summary->n_requirements_removed, f);
    append_count (changes, summary->n_requirements_retired, g);
  }

  if (changes->len == 0)
    /* Translators: %s is an import summary line; the qualification was imported before. */
    return g_strdup_printf (_("%s; updated, no changes"), line);

  /* Translators: the first %s is an import summary line, the second a list such as "2 requirements added". */
  return g_strdup_printf (_("%s; updated: %s"), line, changes->str);
}

/**
 * polku_eperusteet_import_bytes:
 * @bytes: a peruste document (GET /api/external/peruste/{id})
 * @source_name: the file name or URL, for messages and the catalogue's record
 *
 * Validates and imports a document in one transaction; on any error the
 * database is left as it was.
 *
 * Returns: (transfer full): what was imported, or %NULL with @error set
 *   (POLKU_EXCHANGE_ERROR for a refused document, POLKU_STORE_ERROR for the database)
 */
PolkuImportSummary *
polku_eperusteet_import_bytes (PolkuStore  *store,
                               GBytes      *bytes,
                               const char  *source_name,
                               GError     **error)
{
  g_autoptr(PolkuCatalogueDoc) doc = NULL;
  gint64 started = g_get_monotonic_time ();
  gint64 parsed;
  PolkuImportSummary *summary;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (source_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = parse_document (bytes, source_name, error);
  if (doc == NULL)
    return NULL;

  parsed = g_get_monotonic_time ();
  summary = write_document (store, doc, source_name, error);
  g_debug ("%s: parsed in %.1f ms, written in %.1f ms", source_name,
           (parsed - started) / 1000.0, (g_get_monotonic_time () - parsed) / 1000.0);

  return summary;
}

PolkuImportSummary *
polku_eperusteet_import_file (PolkuStore    *store,
                              GFile         *file,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = display_name (file);
  bytes = load_file (file, name, cancellable, error);
  if (bytes == NULL)
    return NULL;

  return polku_eperusteet_import_bytes (store, bytes, name, error);
}

static void
parse_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = display_name (file);
  PolkuCatalogueDoc *doc;
  GError *error = NULL;

  bytes = load_file (file, name, cancellable, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  doc = parse_document (bytes, name, &error);
  if (doc == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, doc, (GDestroyNotify) polku_catalogue_doc_free);
}

/* Back on the caller's thread: only the writing touches the database. */
static void
parse_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(PolkuCatalogueDoc) doc = NULL;
  g_autofree char *name = NULL;
  PolkuImportSummary *summary;
  GError *error = NULL;

  doc = g_task_propagate_pointer (G_TASK (result), &error);
  if (doc == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  name = display_name (g_task_get_task_data (task));
  summary = write_document (g_task_get_source_object (task), doc, name, &error);
  if (summary == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, summary, (GDestroyNotify) polku_import_summary_free);
}

/**
 * polku_eperusteet_import_file_async:
 *
 * Reads and parses @file in a worker thread, then writes it on the calling
 * thread's main context.
 */
void
polku_eperusteet_import_file_async (PolkuStore          *store,
                                    GFile               *file,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) parse = NULL;

  g_return_if_fail (POLKU_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_eperusteet_import_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  parse = g_task_new (NULL, cancellable, parse_done_cb, g_steal_pointer (&task));
  g_task_set_source_tag (parse, parse_in_thread);
  g_task_set_task_data (parse, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (parse, parse_in_thread);
}

PolkuImportSummary *
polku_eperusteet_import_file_finish (PolkuStore    *store,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == polku_eperusteet_import_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
