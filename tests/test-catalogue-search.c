/* test-catalogue-search.c: catalogue search and unit reads over the real
 * ePerusteet documents, imported once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "polku-eperusteet.h"
#include "polku-search-model.h"
#include "polku-store-catalogue-search.h"
#include "polku-store-catalogue-units.h"
#include "polku-test-utils.h"
#include "polku-unit.h"

static const char * const documents[] = {
  "ajoneuvoalan-perustutkinto_OPH-5410-2021.json",
  "liiketalouden-perustutkinto_59-011-2014.json",
  "luonto-ja-ymparistoalan-perustutkinto_62-011-2014.json",
  "puutarha-alan-perustutkinto_OPH-901-2020.json",
  "puuteollisuuden-perustutkinto_OPH-2455-2017.json",
  "tutkintokoulutukseen-valmentava-koulutus_OPH-1488-2021.json",
  "tyohon-ja-itsenaiseen-elamaan-valmentava-koulutus_OPH-2659-2017.json",
  "yhteiset-tutkinnon-osat_OPH-456-2022.json",
};

/* Every test reads the same catalogue: importing it once keeps the suite fast. */
static char *catalogue_dir;
static PolkuStore *catalogue;

static void
import_catalogue (void)
{
  catalogue_dir = polku_test_make_tmpdir ();
  catalogue = polku_test_open_store (catalogue_dir);

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *relative = g_build_filename ("eperusteet", documents[i], NULL);
      g_autofree char *path = polku_test_shared_data_path (relative);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(PolkuImportSummary) summary = NULL;
      g_autoptr(GError) error = NULL;

      summary = polku_eperusteet_import_file (catalogue, file, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (summary);
    }
}

static gint64
find_unit (const char *diaarinumero,
           const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 unit_id;

  sql = g_strdup_printf ("SELECT u.unit_id FROM unit u JOIN peruste p ON p.peruste_id = u.peruste_id"
                         " WHERE p.diaarinumero = '%s' AND u.koodi_arvo = '%s'", diaarinumero, code);
  unit_id = polku_store_query_int (catalogue, sql, &error);
  g_assert_no_error (error);
  g_assert_cmpint (unit_id, >, 0);
  return unit_id;
}

static GPtrArray *
search (const char *query,
        guint       limit)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits;

  hits = polku_store_catalogue_search (catalogue, query, limit, &error);
  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

static PolkuCatalogueHit *
first_of_kind (GPtrArray             *hits,
               PolkuCatalogueHitKind  kind)
{
  for (guint i = 0; i < hits->len; i++)
    {
      PolkuCatalogueHit *hit = g_ptr_array_index (hits, i);

      if (hit->kind == kind)
        return hit;
    }

  return NULL;
}

static gboolean
has_requirement_text (GPtrArray  *hits,
                      const char *text)
{
  for (guint i = 0; i < hits->len; i++)
    {
      PolkuCatalogueHit *hit = g_ptr_array_index (hits, i);

      if (hit->kind == POLKU_CATALOGUE_HIT_REQUIREMENT && g_strcmp0 (hit->nimi_fi, text) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
assert_grouped (GPtrArray *hits,
                guint      limit)
{
  guint per_kind[POLKU_CATALOGUE_N_HIT_KINDS] = { 0 };
  int previous = -1;

  for (guint i = 0; i < hits->len; i++)
    {
      PolkuCatalogueHit *hit = g_ptr_array_index (hits, i);

      g_assert_cmpint ((int) hit->kind, >=, previous);
      previous = hit->kind;
      per_kind[hit->kind]++;
      g_assert_cmpuint (per_kind[hit->kind], <=, limit);
    }
}

/* The query builder */

static void
test_match_builder (void)
{
  const struct {
    const char *query;
    const char *match;
  } cases[] = {
    { "työaikoja", "\"työaikoja\"*" },
    { "noudattaa työ", "\"noudattaa\"* \"työ\"*" },
    { "  huoltotyö  ", "\"huoltotyö\"*" },
    { "a", "\"a\"" },
    { "a\"b", "\"a\"\"b\"*" },
    { "\"noudattaa työaikoja\"", "\"\"\"noudattaa\"* \"työaikoja\"\"\"*" },
    { "AND OR NOT", "\"AND\"* \"OR\"* \"NOT\"*" },
    { "NEAR(a b)", "\"NEAR(a\"* \"b)\"" },
    { "tutkinnonosat_106945", "\"tutkinnonosat_106945\"*" },
    { "OPH-5410-2021", "\"OPH-5410-2021\"*" },
    { "code:106945", "\"code:106945\"*" },
    { "", NULL },
    { "   \t\n ", NULL },
    { "*", NULL },
    { "( ) \" - * ^ :", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *match = polku_catalogue_search_build_match (cases[i].query);

      g_assert_cmpstr (match, ==, cases[i].match);
    }

  g_assert_null (polku_catalogue_search_build_match (NULL));
}

/* Whatever is typed, the query is valid FTS5: no error, ever. */
static void
test_hostile_queries (void)
{
  const char *queries[] = {
    "\"", "\"\"", "\"\"\"", "'", "''", "`", "\\", "\\\"",
    "AND", "OR", "NOT", "a AND", "OR b", "a OR OR b", "NOT NOT",
    "NEAR", "NEAR(", "NEAR(a b", "NEAR(a b, 2)", "a NEAR/2 b",
    "*", "**", "a*", "*a", "^", "^a", "a^", "+", "-", "-a", "+a",
    "(", ")", "((((", "))))", "(a OR b", "a)", "()", "{", "}", "{code title}: x",
    "code:", "title:x", ":", "a:b:c", "\"a\" \"", "a\"\"b",
    "\xcc\x81", "\xe2\x80\x8b", "\xef\xbb\xbf", "\xf0\x9f\x98\x80 \xf0\x9f\x98\x80*",
    "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d", "ö", "Ö", "å", "työ-", "-työ",
    "\x01\x02\x03", "\x7f", "a\tb\nc\rd",
    "\xff\xfe invalid \xc3", "\xed\xa0\x80", "\xc0\xaf",
  };
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autoptr(GString) many_words = g_string_new (NULL);
  GRand *rand = g_rand_new_with_seed (20240601);
  const char alphabet[] = "aAöÖäå\"'*()^:-+{}[]. ,/\\_0123456789NEARORANDNOT";

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) hits = search (queries[i], 5);

      assert_grouped (hits, 5);
    }

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (longest, "työaikoja\" ("[i % 12]);
  g_ptr_array_unref (search (longest->str, 5));

  for (guint i = 0; i < 2000; i++)
    g_string_append (many_words, "noudattaa ");
  g_ptr_array_unref (search (many_words->str, 5));

  /* Random strings of FTS5 syntax characters and random Unicode. */
  for (guint round = 0; round < 1500; round++)
    {
      g_autoptr(GString) query = g_string_new (NULL);
      guint length = g_rand_int_range (rand, 0, 24);
      g_autoptr(GPtrArray) hits = NULL;

      for (guint i = 0; i < length; i++)
        {
          if (g_rand_boolean (rand))
            {
              /* FTS5 syntax and the letters people type. */
              g_string_append_c (query, alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)]);
            }
          else
            {
              gunichar c = g_rand_int_range (rand, 1, 0x30000);

              if (g_unichar_validate (c))
                g_string_append_unichar (query, c);
            }
        }

      hits = search (query->str, 5);
      assert_grouped (hits, 5);
    }

  /* Random bytes, not even UTF-8. */
  for (guint round = 0; round < 500; round++)
    {
      char bytes[33];
      guint length = g_rand_int_range (rand, 1, 32);
      g_autoptr(GPtrArray) hits = NULL;

      for (guint i = 0; i < length; i++)
        bytes[i] = (char) g_rand_int_range (rand, 1, 256);
      bytes[length] = '\0';

      hits = search (bytes, 5);
      assert_grouped (hits, 5);
    }

  g_rand_free (rand);
}

/* Finding */

static void
test_finds_as_typed (void)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) prefix = NULL;
  g_autoptr(GPtrArray) inflected = NULL;
  g_autoptr(GPtrArray) swedish = NULL;
  PolkuCatalogueHit *unit;

  /* ä and ö as typed, and the requirement found by its own text. */
  hits = search ("työaikoja", 50);
  g_assert_true (has_requirement_text (hits, "noudattaa työaikoja"));
  for (guint i = 0; i < hits->len; i++)
    {
      PolkuCatalogueHit *hit = g_ptr_array_index (hits, i);

      g_assert_cmpint (hit->kind, ==, POLKU_CATALOGUE_HIT_REQUIREMENT);
      g_assert_nonnull (hit->unit_nimi_fi);
      g_assert_nonnull (hit->peruste_nimi_fi);
      g_assert_nonnull (hit->snippet);
      g_assert_nonnull (strstr (hit->snippet, POLKU_CATALOGUE_SNIPPET_START));
    }

  /* A word still being typed is a prefix. */
  prefix = search ("huoltotyö", 20);
  unit = first_of_kind (prefix, POLKU_CATALOGUE_HIT_UNIT);
  g_assert_nonnull (unit);
  g_assert_cmpstr (unit->nimi_fi, ==, "Ajoneuvon huoltotyöt");
  g_assert_cmpstr (unit->peruste_nimi_fi, ==, "Ajoneuvoalan perustutkinto");
  g_assert_cmpstr (unit->diaarinumero, ==, "OPH-5410-2021");
  g_assert_false (unit->exact);

  /* Every word is a prefix: Finnish inflects. */
  inflected = search ("ajoneuvo huolto", 20);
  unit = first_of_kind (inflected, POLKU_CATALOGUE_HIT_UNIT);
  g_assert_nonnull (unit);
  g_assert_nonnull (strstr (unit->nimi_fi, "huolto"));

  /* Swedish texts are searched too. */
  swedish = search ("fordonsservice", 20);
  unit = first_of_kind (swedish, POLKU_CATALOGUE_HIT_UNIT);
  g_assert_nonnull (unit);
  g_assert_cmpstr (unit->code, ==, "106945");
}

static void
test_exact_code_first (void)
{
  const char *unit_queries[] = { "106945", "tutkinnonosat_106945", "TUTKINNONOSAT_106945", " 106945 " };
  const struct {
    const char *query;
    const char *diaarinumero;
  } peruste_queries[] = {
    { "OPH-5410-2021", "OPH-5410-2021" },
    { "oph-5410-2021", "OPH-5410-2021" },
    { "59/011/2014", "59/011/2014" },
    { "62/011/2014", "62/011/2014" },
    { "OPH-2659-2017", "OPH-2659-2017" },
  };
  g_autoptr(GPtrArray) requirement_hits = NULL;
  g_autoptr(GPtrArray) shared = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (unit_queries); i++)
    {
      g_autoptr(GPtrArray) hits = search (unit_queries[i], 10);
      PolkuCatalogueHit *unit = first_of_kind (hits, POLKU_CATALOGUE_HIT_UNIT);

      g_assert_nonnull (unit);
      g_assert_true (unit->exact);
      g_assert_cmpstr (unit->code, ==, "106945");
      g_assert_cmpstr (unit->nimi_fi, ==, "Ajoneuvon huoltotyöt");
      assert_grouped (hits, 10);
    }

  for (guint i = 0; i < G_N_ELEMENTS (peruste_queries); i++)
    {
      g_autoptr(GPtrArray) hits = search (peruste_queries[i].query, 10);
      PolkuCatalogueHit *peruste = first_of_kind (hits, POLKU_CATALOGUE_HIT_PERUSTE);

      g_assert_nonnull (peruste);
      g_assert_true (peruste->exact);
      g_assert_cmpstr (peruste->diaarinumero, ==, peruste_queries[i].diaarinumero);
      /* The perusteet come first, so the qualification is the very first result. */
      g_assert_true (g_ptr_array_index (hits, 0) == peruste);
    }

  /* A unit shared by several perusteet (the common units) is found in each. */
  shared = search ("106727", 10);
  g_assert_cmpuint (shared->len, >=, 2);
  for (guint i = 0; i < 2; i++)
    {
      PolkuCatalogueHit *hit = g_ptr_array_index (shared, i);

      g_assert_cmpint (hit->kind, ==, POLKU_CATALOGUE_HIT_UNIT);
      g_assert_true (hit->exact);
      g_assert_cmpstr (hit->code, ==, "106727");
    }

  /* A national requirement code. */
  requirement_hits = search ("8005", 10);
  g_assert_nonnull (first_of_kind (requirement_hits, POLKU_CATALOGUE_HIT_REQUIREMENT));
  g_assert_true (first_of_kind (requirement_hits, POLKU_CATALOGUE_HIT_REQUIREMENT)->exact);
  g_assert_cmpstr (first_of_kind (requirement_hits, POLKU_CATALOGUE_HIT_REQUIREMENT)->nimi_fi, ==,
                   "noudattaa työaikoja");
}

static void
test_grouped_and_limited (void)
{
  const char *queries[] = { "ja", "työ", "asiakas", "opiskelija", "ajoneuvo", "a" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) hits = search (queries[i], 7);

      g_assert_cmpuint (hits->len, >, 0);
      assert_grouped (hits, 7);
    }
}

static void
test_search_model (void)
{
  g_autoptr(PolkuContext) context = polku_test_context_new (catalogue);
  g_autoptr(PolkuSearchModel) model = polku_search_model_new (context);
  GSettings *settings = polku_context_get_settings (context);
  g_autoptr(PolkuSearchItem) item = NULL;
  g_autofree char *markup = NULL;
  guint n;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  polku_search_model_set_query (model, "huoltotyö");
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (polku_search_model_count_kind (model, POLKU_CATALOGUE_HIT_UNIT), >=, 1);

  /* Grouped: perusteet, then units, then requirements. */
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(PolkuSearchItem) a = g_list_model_get_item (G_LIST_MODEL (model), i - 1);
      g_autoptr(PolkuSearchItem) b = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_cmpint (polku_search_item_get_kind (a), <=, polku_search_item_get_kind (b));
    }

  item = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (polku_search_item_get_kind_name (item), ==, "unit");
  g_assert_cmpstr (polku_search_item_get_title (item), ==, "Ajoneuvon huoltotyöt");
  g_assert_cmpstr (polku_search_item_get_title_markup (item), ==, "Ajoneuvon <b>huoltotyöt</b>");
  g_assert_cmpstr (polku_search_item_get_subtitle (item), ==, "106945 · Ajoneuvoalan perustutkinto");
  g_clear_object (&item);

  /* Swedish when asked for, and the search follows the setting. */
  g_settings_set_boolean (settings, "show-swedish", TRUE);
  item = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (polku_search_item_get_title (item), ==, "Fordonsservice");
  g_clear_object (&item);
  g_settings_reset (settings, "show-swedish");

  /* Found by the Swedish text while showing Finnish: the snippet shows why. */
  polku_search_model_set_query (model, "arbetstider");
  g_assert_cmpuint (polku_search_model_count_kind (model, POLKU_CATALOGUE_HIT_REQUIREMENT), >, 0);
  item = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (polku_search_item_get_kind_name (item), ==, "requirement");
  g_assert_nonnull (strstr (polku_search_item_get_title_markup (item), "<b>arbetstider"));
  g_assert_null (strchr (polku_search_item_get_title_markup (item), '\n'));
  g_assert_null (strchr (polku_search_item_get_title_markup (item), '\002'));
  g_clear_object (&item);

  polku_search_model_set_query (model, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  markup = polku_search_highlight_markup ("a < b & noudattaa Työaikoja", "työ");
  g_assert_cmpstr (markup, ==, "a &lt; b &amp; noudattaa <b>Työaikoja</b>");
  g_clear_pointer (&markup, g_free);

  /* Not UTF-8: no over-read, just no match. */
  polku_search_model_set_query (model, "ty\xc3");
  markup = polku_search_highlight_markup ("noudattaa työaikoja", "\xf0");
  g_assert_cmpstr (markup, ==, "noudattaa työaikoja");
}

/* Unit reads, one of each shape */

static void
assert_levels (PolkuUnit         *unit,
               const int         *level_ids,
               const char *const *short_labels,
               const guint       *counts,
               guint              n_levels)
{
  g_assert_cmpuint (polku_unit_get_n_levels (unit), ==, n_levels);
  for (guint i = 0; i < n_levels; i++)
    {
      const PolkuUnitLevel *level = polku_unit_get_level (unit, i);

      g_assert_cmpint (level->level_id, ==, level_ids[i]);
      g_assert_cmpstr (level->short_label, ==, short_labels[i]);
      if (counts != NULL)
        g_assert_cmpuint (level->n_criteria, ==, counts[i]);
    }
}

static PolkuUnit *
load_unit (PolkuContext *context,
           const char   *diaarinumero,
           const char   *code)
{
  g_autoptr(GError) error = NULL;
  PolkuUnit *unit;

  unit = polku_unit_load (context, find_unit (diaarinumero, code), &error);
  g_assert_no_error (error);
  g_assert_nonnull (unit);
  return unit;
}

static void
test_unit_generic_scale (void)
{
  g_autoptr(PolkuContext) context = polku_test_context_new (catalogue);
  g_autoptr(PolkuUnit) unit = load_unit (context, "OPH-5410-2021", "106945");
  g_autoptr(PolkuRequirement) first = NULL;
  g_autoptr(PolkuCriterion) criterion = NULL;
  GListModel *requirements = polku_unit_get_requirements (unit);
  const int levels[] = { 5, 6, 7, 8, 9 };
  const char *labels[] = { "1", "2", "3", "4", "5" };
  const guint counts[] = { 5, 5, 5, 5, 6 };
  guint n_groups = 1;
  double min, max;

  g_assert_cmpstr (polku_unit_get_name (unit), ==, "Ajoneuvon huoltotyöt");
  g_assert_cmpstr (polku_unit_get_code (unit), ==, "106945");
  g_assert_cmpstr (polku_unit_get_peruste_name (unit), ==, "Ajoneuvoalan perustutkinto");
  g_assert_cmpstr (polku_unit_get_diaarinumero (unit), ==, "OPH-5410-2021");
  g_assert_true (polku_unit_get_credits (unit, &min, &max));
  g_assert_cmpfloat (min, ==, 25);
  g_assert_cmpfloat (max, ==, 25);
  g_assert_false (polku_unit_get_credits_in_weeks (unit));
  g_assert_cmpint (polku_unit_get_mandatory (unit), ==, POLKU_UNIT_MANDATORY_YES);
  g_assert_false (polku_unit_is_common (unit));
  g_assert_nonnull (polku_unit_get_generic_scale_name (unit));
  g_assert_nonnull (polku_unit_get_ways_of_demonstrating (unit));

  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, 23);
  first = g_list_model_get_item (requirements, 0);
  g_assert_cmpstr (polku_requirement_get_text (first), ==, "noudattaa työaikoja");
  g_assert_cmpstr (polku_requirement_get_code (first), ==, "8005");
  g_assert_cmpstr (polku_requirement_get_kohdealue (first), ==, "Opiskelija valmistautuu ajoneuvon huoltotöihin");

  /* In document order, grouped by kohdealue. */
  for (guint i = 1; i < g_list_model_get_n_items (requirements); i++)
    {
      g_autoptr(PolkuRequirement) a = g_list_model_get_item (requirements, i - 1);
      g_autoptr(PolkuRequirement) b = g_list_model_get_item (requirements, i);

      g_assert_cmpint (polku_requirement_get_kohdealue_ord (a), <=, polku_requirement_get_kohdealue_ord (b));
      if (!polku_requirement_same_group (a, b))
        n_groups++;
    }
  g_assert_cmpuint (n_groups, ==, 4);

  /* The generic scale: 26 criteria, levels 1–5. */
  g_assert_cmpuint (g_list_model_get_n_items (polku_unit_get_criteria (unit)), ==, 26);
  assert_levels (unit, levels, labels, counts, G_N_ELEMENTS (levels));
  criterion = g_list_model_get_item (polku_unit_get_criteria (unit), 0);
  g_assert_cmpint (polku_criterion_get_owner (criterion), ==, POLKU_CRITERION_GENERIC);
  g_assert_cmpstr (polku_criterion_get_text (criterion), ==, "toteuttaa työn ohjeiden mukaisesti");
}

static void
test_unit_own_criteria (void)
{
  g_autoptr(PolkuContext) context = polku_test_context_new (catalogue);
  g_autoptr(PolkuUnit) wood = load_unit (context, "OPH-2455-2017", "105444");
  g_autoptr(PolkuUnit) nature = load_unit (context, "62/011/2014", "100431");
  const int wood_levels[] = { 5, 7, 9 };
  const char *wood_labels[] = { "1", "3", "5" };
  const int nature_levels[] = { 2, 3, 4 };
  const char *nature_labels[] = { "T1", "H2", "K3" };
  GListModel *criteria;
  guint nested = 0;

  /* Puuteollisuus (2018 shape): criteria for levels 1, 3 and 5 only, one area per requirement. */
  g_assert_cmpuint (g_list_model_get_n_items (polku_unit_get_requirements (wood)), ==, 6);
  assert_levels (wood, wood_levels, wood_labels, NULL, G_N_ELEMENTS (wood_levels));
  criteria = polku_unit_get_criteria (wood);
  g_assert_cmpuint (g_list_model_get_n_items (criteria), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(PolkuCriterion) criterion = g_list_model_get_item (criteria, i);

      g_assert_cmpint (polku_criterion_get_owner (criterion), ==, POLKU_CRITERION_UNIT);
      g_assert_nonnull (polku_criterion_get_area (criterion));
    }
  g_assert_null (polku_unit_get_generic_scale_name (wood));

  /* Luonto (2014 shape): T1/H2/K3 by assessment area and target; one nested requirement. */
  g_assert_cmpuint (g_list_model_get_n_items (polku_unit_get_requirements (nature)), ==, 11);
  for (guint i = 0; i < 11; i++)
    {
      g_autoptr(PolkuRequirement) requirement = g_list_model_get_item (polku_unit_get_requirements (nature), i);

      nested += polku_requirement_get_depth (requirement) > 0;
    }
  g_assert_cmpuint (nested, ==, 1);
  assert_levels (nature, nature_levels, nature_labels, NULL, G_N_ELEMENTS (nature_levels));
  criteria = polku_unit_get_criteria (nature);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(PolkuCriterion) criterion = g_list_model_get_item (criteria, i);

      g_assert_nonnull (polku_criterion_get_target (criterion));
    }
}

static void
test_unit_common (void)
{
  g_autoptr(PolkuContext) context = polku_test_context_new (catalogue);
  g_autoptr(PolkuUnit) unit = load_unit (context, "OPH-456-2022", "106727");
  g_autoptr(PolkuUnit) old = load_unit (context, "59/011/2014", "101053");
  GListModel *requirements = polku_unit_get_requirements (unit);
  guint mandatory = 0, optional = 0;
  const PolkuUnitOsaAlue *osa_alue;
  double min, max;

  g_assert_true (polku_unit_is_common (unit));
  g_assert_true (polku_unit_get_credits (unit, &min, &max));
  g_assert_cmpfloat (min, ==, 11);
  g_assert_cmpuint (polku_unit_get_n_osa_alueet (unit), >, 10);
  osa_alue = polku_unit_get_osa_alue (unit, 0);
  g_assert_cmpstr (osa_alue->name, ==, "Viestintä ja vuorovaikutus äidinkielellä, suomi");
  g_assert_cmpfloat (osa_alue->mandatory_credits, ==, 4);
  g_assert_cmpfloat (osa_alue->optional_credits, ==, 3);
  g_assert_true (polku_unit_find_osa_alue (unit, osa_alue->osa_alue_id) == osa_alue);

  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, 345);
  for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
    {
      g_autoptr(PolkuRequirement) requirement = g_list_model_get_item (requirements, i);

      g_assert_cmpint (polku_requirement_get_osa_alue_id (requirement), !=, 0);
      g_assert_nonnull (polku_requirement_get_code (requirement));
      if (polku_requirement_get_objective_kind (requirement) == POLKU_OBJECTIVE_MANDATORY)
        mandatory++;
      else if (polku_requirement_get_objective_kind (requirement) == POLKU_OBJECTIVE_OPTIONAL)
        optional++;
    }
  g_assert_cmpuint (mandatory + optional, ==, 345);
  g_assert_cmpuint (mandatory, >, optional);

  /* Osa-alue criteria on the 1–5 scale. */
  g_assert_cmpuint (polku_unit_get_n_levels (unit), ==, 5);
  for (guint i = 0; i < g_list_model_get_n_items (polku_unit_get_criteria (unit)); i++)
    {
      g_autoptr(PolkuCriterion) criterion = g_list_model_get_item (polku_unit_get_criteria (unit), i);

      g_assert_cmpint (polku_criterion_get_owner (criterion), ==, POLKU_CRITERION_OSA_ALUE);
      g_assert_nonnull (polku_unit_find_osa_alue (unit, polku_criterion_get_osa_alue_id (criterion)));
    }

  /* The 2014 shape of the same unit: T1/H2/K3. */
  g_assert_true (polku_unit_is_common (old));
  g_assert_cmpuint (polku_unit_get_n_levels (old), ==, 3);
  g_assert_cmpstr (polku_unit_get_level (old, 0)->short_label, ==, "T1");
}

static void
test_unit_preparatory (void)
{
  g_autoptr(PolkuContext) context = polku_test_context_new (catalogue);
  g_autoptr(PolkuUnit) tuva = load_unit (context, "OPH-1488-2021", "101");
  g_autoptr(PolkuUnit) telma = load_unit (context, "OPH-2659-2017", "400005");
  g_autoptr(PolkuRequirement) goal = NULL;
  double min, max;

  g_assert_true (polku_unit_is_preparatory_part (tuva));
  g_assert_true (polku_unit_get_credits (tuva, &min, &max));
  g_assert_cmpfloat (min, ==, 2);
  g_assert_cmpfloat (max, ==, 10);
  g_assert_true (polku_unit_get_credits_in_weeks (tuva));
  g_assert_cmpint (polku_unit_get_mandatory (tuva), ==, POLKU_UNIT_MANDATORY_YES);
  g_assert_cmpuint (g_list_model_get_n_items (polku_unit_get_requirements (tuva)), ==, 11);
  g_assert_cmpuint (polku_unit_get_n_levels (tuva), ==, 0);

  g_assert_false (polku_unit_is_preparatory_part (telma));
  g_assert_true (polku_unit_get_credits (telma, &min, &max));
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 25);
  g_assert_false (polku_unit_get_credits_in_weeks (telma));
  g_assert_cmpuint (g_list_model_get_n_items (polku_unit_get_requirements (telma)), ==, 31);
  goal = g_list_model_get_item (polku_unit_get_requirements (telma), 0);
  g_assert_nonnull (polku_requirement_get_kohdealue (goal));
}

static void
test_unit_swedish (void)
{
  g_autoptr(PolkuContext) context = polku_test_context_new (catalogue);
  GSettings *settings = polku_context_get_settings (context);
  g_autoptr(PolkuUnit) unit = NULL;
  g_autoptr(PolkuUnit) common = NULL;
  g_autoptr(PolkuRequirement) first = NULL;
  gboolean any_fallback = FALSE;

  g_settings_set_boolean (settings, "show-swedish", TRUE);
  unit = load_unit (context, "OPH-5410-2021", "106945");
  g_assert_true (polku_unit_get_swedish (unit));
  g_assert_cmpstr (polku_unit_get_name (unit), ==, "Fordonsservice");
  g_assert_false (polku_unit_get_name_fallback (unit));
  first = g_list_model_get_item (polku_unit_get_requirements (unit), 0);
  g_assert_cmpstr (polku_requirement_get_text (first), ==, "håller arbetstider");
  g_assert_false (polku_requirement_get_text_fallback (first));

  /* Osa-alueet with no Swedish name fall back to Finnish, and say so. */
  common = load_unit (context, "OPH-456-2022", "106727");
  for (guint i = 0; i < polku_unit_get_n_osa_alueet (common); i++)
    {
      const PolkuUnitOsaAlue *osa_alue = polku_unit_get_osa_alue (common, i);

      g_assert_nonnull (osa_alue->name);
      any_fallback |= osa_alue->name_fallback;
    }
  g_assert_true (any_fallback);

  g_settings_reset (settings, "show-swedish");
}

static void
test_unit_missing (void)
{
  g_autoptr(PolkuContext) context = polku_test_context_new (catalogue);
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuUnit) unit = NULL;
  g_autoptr(PolkuUnitRecord) record = NULL;
  gint64 requirement_id;
  gint64 unit_id;

  unit = polku_unit_load (context, 987654321, &error);
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  g_assert_null (unit);
  g_clear_error (&error);

  requirement_id = polku_store_query_int (catalogue,
                                          "SELECT requirement_id FROM requirement"
                                          " WHERE koodi_uri = 'ammattitaitovaatimukset_8005' ORDER BY requirement_id",
                                          &error);
  g_assert_no_error (error);
  unit_id = polku_store_catalogue_find_requirement_unit (catalogue, requirement_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (unit_id, ==, find_unit ("OPH-5410-2021", "106945"));

  g_assert_cmpint (polku_store_catalogue_find_requirement_unit (catalogue, 987654321, &error), ==, 0);
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  import_catalogue ();

  g_test_add_func ("/catalogue-search/match-builder", test_match_builder);
  g_test_add_func ("/catalogue-search/hostile-queries", test_hostile_queries);
  g_test_add_func ("/catalogue-search/finds-as-typed", test_finds_as_typed);
  g_test_add_func ("/catalogue-search/exact-code-first", test_exact_code_first);
  g_test_add_func ("/catalogue-search/grouped-and-limited", test_grouped_and_limited);
  g_test_add_func ("/catalogue-search/model", test_search_model);
  g_test_add_func ("/catalogue-units/generic-scale", test_unit_generic_scale);
  g_test_add_func ("/catalogue-units/own-criteria", test_unit_own_criteria);
  g_test_add_func ("/catalogue-units/common-unit", test_unit_common);
  g_test_add_func ("/catalogue-units/preparatory", test_unit_preparatory);
  g_test_add_func ("/catalogue-units/swedish", test_unit_swedish);
  g_test_add_func ("/catalogue-units/missing", test_unit_missing);

  status = g_test_run ();

  g_assert_finalize_object (catalogue);
  polku_test_remove_tree (catalogue_dir);
  g_free (catalogue_dir);
  return status;
}
