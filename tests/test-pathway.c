/* test-pathway.c: the pathway plan: credit arithmetic against the real
 * structure rules of real perusteet (table-driven), the plan and its units as
 * models, task suggestions from the workshop mapping, and progress.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "polku-credits.h"
#include "polku-plan.h"
#include "polku-test-learners.h"

/* Credit arithmetic, table by table */

typedef struct
{
  const char       *path;
  double            chosen;
  guint             n_chosen;
  PolkuCreditState  state;
} ExpectedLine;

typedef struct
{
  const char         *name;
  const char         *diaarinumero;
  const char         *suoritustapa;
  const char         *osaamisala;       /* chosen, or NULL */
  const char         *tutkintonimike;
  const char         *units[8];         /* koodi_uri */
  const char         *group_path;       /* for the last unit, or NULL */
  double              credits;          /* for the last unit, < 0: the structure's */
  const char         *expect_osaamisala;
  gboolean            expect_osaamisala_inferred;
  const char         *expect_tutkintonimike;
  double              expect_total;
  guint               expect_unplaced;
  ExpectedLine        lines[8];
  const char         *absent[4];        /* groups left out of the context */
  const char         *formatted_path;   /* a line and how it reads */
  const char         *formatted;
} CreditCase;

static const CreditCase credit_cases[] = {
  {
    "puuteollisuus: osaamisala inferred from the units",
    "OPH-2455-2017", "reformi", NULL, NULL,
    { "tutkinnonosat_105444", "tutkinnonosat_105426" }, NULL, -1,
    "osaamisala_1664", TRUE, NULL, 85, 0,
    {
      { "0", 85, 2, POLKU_CREDIT_STATE_UNDER },
      { "0.0", 85, 2, POLKU_CREDIT_STATE_UNDER },
      { "0.0.0", 85, 2, POLKU_CREDIT_STATE_UNDER },
      { "0.0.0.0", 45, 1, POLKU_CREDIT_STATE_MET },
      { "0.0.0.1", 40, 1, POLKU_CREDIT_STATE_UNDER },
      { "0.0.0.1.0", 40, 1, POLKU_CREDIT_STATE_MET },
      { "0.0.0.1.1", 0, 0, POLKU_CREDIT_STATE_UNDER },
      { "0.1", 0, 0, POLKU_CREDIT_STATE_UNDER },
    },
    { "0.0.1", "0.0.2", "0.0.3" },
    "0.0.0.0", "Pakolliset tutkinnon osat 45 credits: 45 credits chosen",
  },
  {
    "puuteollisuus: a chosen osaamisala, and a common unit",
    "OPH-2455-2017", "reformi", "osaamisala_1665", NULL,
    { "tutkinnonosat_105444", "tutkinnonosat_400012" }, NULL, -1,
    "osaamisala_1665", FALSE, NULL, 56, 0,
    {
      { "0", 56, 2, POLKU_CREDIT_STATE_UNDER },
      { "0.0.1", 45, 1, POLKU_CREDIT_STATE_UNDER },
      { "0.0.1.0", 45, 1, POLKU_CREDIT_STATE_MET },
      { "0.1", 11, 1, POLKU_CREDIT_STATE_UNDER },
    },
    { "0.0.0", "0.0.2", "0.0.3" },
    "0.1", "Yhteiset tutkinnon osat 35 credits: 11 credits chosen",
  },
  {
    "puuteollisuus: a unit outside the chosen osaamisala counts only in the total",
    "OPH-2455-2017", "reformi", "osaamisala_1666", NULL,
    { "tutkinnonosat_105426" }, NULL, -1,
    "osaamisala_1666", FALSE, NULL, 40, 1,
    {
      { "0", 0, 0, POLKU_CREDIT_STATE_UNDER },
      { "0.0.2", 0, 0, POLKU_CREDIT_STATE_UNDER },
    },
    { "0.0.0", "0.0.1" },
    NULL, NULL,
  },
  {
    "puuteollisuus: too much in one group",
    "OPH-2455-2017", "reformi", NULL, NULL,
    { "tutkinnonosat_105426", "tutkinnonosat_105440", "tutkinnonosat_105445" }, NULL, -1,
    "osaamisala_1664", TRUE, NULL, 120, 0,
    {
      { "0.0.0.1.0", 120, 3, POLKU_CREDIT_STATE_OVER },
      { "0.0.0.1", 120, 3, POLKU_CREDIT_STATE_OVER },
      { "0.0.0.0", 0, 0, POLKU_CREDIT_STATE_UNDER },
    },
    { NULL },
    "0.0.0.1.0", "Valinnaiset tutkinnon osat 1 40–80 credits: 120 credits chosen",
  },
  {
    "puuteollisuus: a unit of another qualification in its own group",
    "OPH-2455-2017", "reformi", "osaamisala_1664", NULL,
    { "tutkinnonosat_105444", "ajoneuvo:tutkinnonosat_106878" }, "0.0.0.1.1.31", 15,
    "osaamisala_1664", FALSE, NULL, 60, 0,
    {
      { "0.0.0.1.1.31", 15, 1, POLKU_CREDIT_STATE_MET },
      { "0.0.0.1.1", 15, 1, POLKU_CREDIT_STATE_UNDER },
      { "0.0.0", 60, 2, POLKU_CREDIT_STATE_UNDER },
    },
    { NULL },
    NULL, NULL,
  },
  {
    "ajoneuvo: mandatory 60 credits, 35 chosen",
    "OPH-5410-2021", "reformi", NULL, NULL,
    { "tutkinnonosat_106945", "tutkinnonosat_106878" }, NULL, -1,
    "osaamisala_1008", TRUE, NULL, 35, 0,
    {
      { "0.0.0.0", 35, 2, POLKU_CREDIT_STATE_UNDER },
      { "0.0.0", 35, 2, POLKU_CREDIT_STATE_UNDER },
      { "0", 35, 2, POLKU_CREDIT_STATE_UNDER },
    },
    { "0.0.0.1", "0.0.1", "0.0.2" },
    "0.0.0.0", "Pakolliset tutkinnon osat 60 credits: 35 credits chosen",
  },
  {
    "ajoneuvo: tutkintonimike inferred (Automekaanikko)",
    "OPH-5410-2021", "reformi", NULL, NULL,
    { "tutkinnonosat_106945", "tutkinnonosat_106877", "tutkinnonosat_106878", "tutkinnonosat_106879",
      "tutkinnonosat_106880", "tutkinnonosat_106881" }, NULL, -1,
    "osaamisala_1008", TRUE, "tutkintonimikkeet_10066", 100, 0,
    {
      { "0.0.0.0", 60, 4, POLKU_CREDIT_STATE_MET },
      { "0.0.0.1", 40, 2, POLKU_CREDIT_STATE_NO_RULE },
      { "0.0.0.1.0", 25, 1, POLKU_CREDIT_STATE_MET },
      { "0.0.0.1.1", 15, 1, POLKU_CREDIT_STATE_UNDER },
      { "0.0.0", 100, 6, POLKU_CREDIT_STATE_UNDER },
      { "0.0", 100, 6, POLKU_CREDIT_STATE_UNDER },
    },
    { "0.0.0.2", "0.0.0.3", "0.0.0.4" },
    "0.0.0.1.1", "Valinnaiset tutkinnon osat 30–45 credits: 15 credits chosen",
  },
  {
    "ajoneuvo: a chosen tutkintonimike puts a unit where it sits there",
    "OPH-5410-2021", "reformi", NULL, "tutkintonimikkeet_10079",
    { "tutkinnonosat_106880", "tutkinnonosat_106881" }, NULL, -1,
    "osaamisala_1008", TRUE, "tutkintonimikkeet_10079", 40, 0,
    {
      { "0.0.0.2.0", 25, 1, POLKU_CREDIT_STATE_MET },
      { "0.0.0.2.1", 0, 0, POLKU_CREDIT_STATE_UNDER },
      { "0.0.0.2.2", 15, 1, POLKU_CREDIT_STATE_MET },
    },
    { "0.0.0.1", "0.0.0.3" },
    NULL, NULL,
  },
  {
    "ajoneuvo: a unit the chosen tutkintonimike does not have",
    "OPH-5410-2021", "reformi", "osaamisala_1008", "tutkintonimikkeet_10069",
    { "tutkinnonosat_106880", "tutkinnonosat_106881" }, NULL, -1,
    "osaamisala_1008", FALSE, "tutkintonimikkeet_10069", 40, 1,
    {
      { "0.0.0.4.2", 15, 1, POLKU_CREDIT_STATE_MET },
      { "0.0.0.4.0", 0, 0, POLKU_CREDIT_STATE_UNDER },
    },
    { "0.0.0.1" },
    NULL, NULL,
  },
  {
    "liiketalous (ops): credits",
    "59/011/2014", "ops", NULL, NULL,
    { "tutkinnonosat_100359" }, NULL, -1,
    NULL, FALSE, NULL, 30, 0,
    {
      { "0.0.0", 30, 1, POLKU_CREDIT_STATE_MET },
      { "0.0", 30, 1, POLKU_CREDIT_STATE_UNDER },
      { "0", 30, 1, POLKU_CREDIT_STATE_UNDER },
    },
    { "0.0.1", "0.0.2" },
    "0.0.0", "Pakollinen tutkinnon osa 30 credits: 30 credits chosen",
  },
  {
    "liiketalous (näyttö): a count rule",
    "59/011/2014", "naytto", NULL, NULL,
    { "tutkinnonosat_100359" }, NULL, -1,
    NULL, FALSE, NULL, 30, 0,
    {
      { "0.0.0", 30, 1, POLKU_CREDIT_STATE_MET },
      { "0", 30, 1, POLKU_CREDIT_STATE_NO_RULE },
    },
    { NULL },
    "0.0.0", "Pakollinen tutkinnon osa 1 unit: 1 unit chosen",
  },
};

static gint64
unit_of (PolkuStore *store,
         const char *default_diaarinumero,
         const char *spec)
{
  if (g_str_has_prefix (spec, "ajoneuvo:"))
    return lt_unit_id (store, "OPH-5410-2021", spec + strlen ("ajoneuvo:"));

  return lt_unit_id (store, default_diaarinumero, spec);
}

static double
own_credits (PolkuStore *store,
             gint64      unit_id)
{
  g_autoptr(PolkuUnitRecord) unit = polku_store_catalogue_get_unit (store, unit_id, NULL);

  g_assert_nonnull (unit);
  return unit->has_credits ? unit->credits_min : -1;
}

static void
test_credit_cases (Fixture       *fixture,
                   gconstpointer  data)
{
  for (guint c = 0; c < G_N_ELEMENTS (credit_cases); c++)
    {
      const CreditCase *test = &credit_cases[c];
      g_autoptr(PolkuCreditSummary) summary = NULL;
      g_autoptr(GPtrArray) structure = NULL;
      g_autoptr(GError) error = NULL;
      PolkuCreditChoice choices[8] = { { 0 } };
      guint n = 0;

      g_test_message ("case: %s", test->name);

      structure = polku_store_list_structure (fixture->store, lt_peruste_id (fixture->store, test->diaarinumero),
                                              test->suoritustapa, &error);
      g_assert_no_error (error);

      for (; test->units[n] != NULL; n++)
        {
          choices[n].unit_id = unit_of (fixture->store, test->diaarinumero, test->units[n]);
          choices[n].credits = -1;
          choices[n].default_credits = own_credits (fixture->store, choices[n].unit_id);
        }
      choices[n - 1].group_path = test->group_path;
      choices[n - 1].credits = test->credits;

      summary = polku_credits_compute (structure, test->osaamisala, test->tutkintonimike, choices, n);
      g_assert_cmpstr (summary->osaamisala_uri, ==, test->expect_osaamisala);
      g_assert_cmpint (summary->osaamisala_inferred, ==, test->expect_osaamisala_inferred);
      g_assert_cmpstr (summary->tutkintonimike_uri, ==, test->expect_tutkintonimike);
      g_assert_cmpfloat_with_epsilon (summary->total_chosen, test->expect_total, 0.001);
      g_assert_cmpuint (summary->n_unplaced, ==, test->expect_unplaced);
      g_assert_cmpuint (summary->placements->len, ==, n);

      for (guint i = 0; i < G_N_ELEMENTS (test->lines) && test->lines[i].path != NULL; i++)
        {
          const ExpectedLine *expected = &test->lines[i];
          const PolkuCreditLine *line = polku_credit_summary_find_line (summary, expected->path);

          g_test_message ("  group %s", expected->path);
          g_assert_nonnull (line);
          g_assert_cmpfloat_with_epsilon (line->chosen, expected->chosen, 0.001);
          g_assert_cmpuint (line->n_chosen, ==, expected->n_chosen);
          g_assert_cmpint (line->state, ==, expected->state);
        }

      for (guint i = 0; i < G_N_ELEMENTS (test->absent) && test->absent[i] != NULL; i++)
        g_assert_null (polku_credit_summary_find_line (summary, test->absent[i]));

      if (test->formatted_path != NULL)
        {
          g_autofree char *text = polku_credit_line_format (polku_credit_summary_find_line (summary,
                                                                                            test->formatted_path),
                                                            POLKU_CREDIT_UNIT_POINTS, "fi");

          g_assert_cmpstr (text, ==, test->formatted);
        }
    }
}

/* A common unit taken in part counts its chosen osa-alueet (each its
 * mandatory credits), not the whole unit; none chosen: the whole unit. */
typedef struct
{
  const char *name;
  const char *diaarinumero;
  const char *unit;              /* koodi_uri */
  const char *osa_alueet[6];     /* koodi_uri, the first variant */
  double      credits;           /* the plan's own figure, < 0: none */
  double      expect;            /* counted for the unit and in the group 0.1 */
} OsaAlueCase;

static const OsaAlueCase osa_alue_cases[] = {
  { "VVO whole", "OPH-5410-2021", "tutkinnonosat_106727", { NULL }, -1, 11 },
  { "VVO four", "OPH-5410-2021", "tutkinnonosat_106727",
    { "ammatillisenoppiaineet_vvai22", "ammatillisenoppiaineet_vvtk", "ammatillisenoppiaineet_vvvk",
      "ammatillisenoppiaineet_vvtd", NULL }, -1, 10 },
  { "VVO all five", "OPH-5410-2021", "tutkinnonosat_106727",
    { "ammatillisenoppiaineet_vvai22", "ammatillisenoppiaineet_vvtk", "ammatillisenoppiaineet_vvvk",
      "ammatillisenoppiaineet_vvtd", "ammatillisenoppiaineet_vvtl", NULL }, -1, 11 },
  { "ML maths", "OPH-5410-2021", "tutkinnonosat_106728", { "ammatillisenoppiaineet_mlma", NULL }, -1, 4 },
  { "YTO three, 2022", "OPH-456-2022", "tutkinnonosat_106729",
    { "ammatillisenoppiaineet_ytyk", "ammatillisenoppiaineet_ytou", "ammatillisenoppiaineet_ytyy", NULL }, -1, 4 },
  { "ML both, 2022", "OPH-456-2022", "tutkinnonosat_106728",
    { "ammatillisenoppiaineet_mlma", "ammatillisenoppiaineet_mlfk", NULL }, -1, 6 },
  { "VVO, own figure wins", "OPH-456-2022", "tutkinnonosat_106727", { "ammatillisenoppiaineet_vvai22", NULL }, 5, 5 },
};

static void
test_credit_osa_alueet (Fixture       *fixture,
                        gconstpointer  data)
{
  for (guint c = 0; c < G_N_ELEMENTS (osa_alue_cases); c++)
    {
      const OsaAlueCase *test = &osa_alue_cases[c];
      g_autoptr(PolkuCreditSummary) summary = NULL;
      g_autoptr(GPtrArray) structure = NULL;
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GError) error = NULL;
      PolkuCreditChoice choice = { 0 };
      const PolkuCreditLine *line;

      g_test_message ("case: %s", test->name);
      choice.unit_id = lt_unit_id (fixture->store, test->diaarinumero, test->unit);
      choice.credits = test->credits;
      choice.default_credits = own_credits (fixture->store, choice.unit_id);
      g_assert_cmpfloat (choice.default_credits, >, test->expect - 0.001);
      for (guint i = 0; test->osa_alueet[i] != NULL; i++)
        {
          gint64 id = lt_query_id (fixture->store, "SELECT osa_alue_id FROM osa_alue WHERE unit_id = %" G_GINT64_FORMAT
                                   " AND koodi_uri = '%s' ORDER BY ord, osa_alue_id LIMIT 1",
                                   choice.unit_id, test->osa_alueet[i]);

          g_assert_cmpint (id, >, 0);
          g_array_append_val (ids, id);
        }
      g_assert_true (polku_credit_choice_set_osa_alueet (&choice, fixture->store, ids, &error));
      g_assert_no_error (error);

      structure = polku_store_list_structure (fixture->store, lt_peruste_id (fixture->store, test->diaarinumero),
                                              "reformi", &error);
      g_assert_no_error (error);
      summary = polku_credits_compute (structure, NULL, NULL, &choice, 1);
      g_assert_cmpfloat_with_epsilon (summary->total_chosen, test->expect, 0.001);
      g_assert_cmpfloat_with_epsilon (((PolkuCreditPlacement *) g_ptr_array_index (summary->placements, 0))->credits,
                                      test->expect, 0.001);
      line = polku_credit_summary_find_line (summary, "0.1");
      g_assert_nonnull (line);
      g_assert_cmpfloat_with_epsilon (line->chosen, test->expect, 0.001);
    }

  /* Through the plan: choosing osa-alueet changes what the unit counts. */
  {
    gint64 learner = lt_add_learner (fixture->store, "Aino", "Virtanen");
    gint64 unit_id = lt_unit_id (fixture->store, "OPH-5410-2021", "tutkinnonosat_106727");
    g_autoptr(PolkuPlan) plan = polku_plan_new (fixture->store, learner);
    g_autoptr(PolkuPlanUnit) plan_unit = NULL;
    g_autoptr(GError) error = NULL;
    gint64 chosen[2];

    plan_unit = polku_plan_add_unit (plan, unit_id, &error);
    g_assert_no_error (error);
    g_assert_cmpfloat (polku_plan_get_credits_chosen (plan), ==, 11);
    chosen[0] = lt_query_id (fixture->store, "SELECT osa_alue_id FROM osa_alue WHERE unit_id = %" G_GINT64_FORMAT
                             " AND koodi_uri = 'ammatillisenoppiaineet_vvai22' ORDER BY ord LIMIT 1", unit_id);
    chosen[1] = lt_query_id (fixture->store, "SELECT osa_alue_id FROM osa_alue WHERE unit_id = %" G_GINT64_FORMAT
                             " AND koodi_uri = 'ammatillisenoppiaineet_vvvk' ORDER BY ord LIMIT 1", unit_id);
    g_assert_true (polku_store_set_plan_unit_osa_alueet (fixture->store, polku_plan_unit_get_record (plan_unit)->plan_unit_id,
                                                         chosen, 2, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat (polku_plan_get_credits_chosen (plan), ==, 7);
    g_assert_true (polku_store_set_plan_unit_osa_alueet (fixture->store, polku_plan_unit_get_record (plan_unit)->plan_unit_id,
                                                         NULL, 0, &error));
    g_assert_cmpfloat (polku_plan_get_credits_chosen (plan), ==, 11);
  }
}

/* The whole qualification's rule, and mandatory units counted. */
static void
test_credit_mandatory (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PolkuCreditSummary) summary = NULL;
  g_autoptr(GPtrArray) structure = NULL;
  g_autoptr(GError) error = NULL;
  PolkuCreditChoice choice = { lt_unit_id (fixture->store, "OPH-5410-2021", "tutkinnonosat_106945"), -1, NULL, -1 };
  const PolkuCreditLine *line;

  structure = polku_store_list_structure (fixture->store, lt_peruste_id (fixture->store, "OPH-5410-2021"),
                                          "reformi", &error);
  g_assert_no_error (error);
  summary = polku_credits_compute (structure, "osaamisala_1008", NULL, &choice, 1);

  g_assert_cmpfloat (summary->total_required, ==, 180);
  line = polku_credit_summary_find_line (summary, "0.0.0.0");
  g_assert_true (line->mandatory);
  g_assert_cmpuint (line->n_mandatory, ==, 4);
  g_assert_cmpuint (line->n_mandatory_chosen, ==, 1);
  g_assert_true (((PolkuCreditPlacement *) g_ptr_array_index (summary->placements, 0))->mandatory);
  line = polku_credit_summary_find_line (summary, "0.0.0.5");
  g_assert_false (line->mandatory);
  line = polku_credit_summary_find_line (summary, "0.0.0.5.21");
  g_assert_true (line->unspecified);

  /* Nothing chosen: every rule is still shown, nothing placed. */
  g_clear_pointer (&summary, polku_credit_summary_free);
  summary = polku_credits_compute (structure, NULL, NULL, NULL, 0);
  g_assert_cmpfloat (summary->total_chosen, ==, 0);
  g_assert_null (summary->osaamisala_uri);
  g_assert_cmpuint (summary->n_osaamisalat, ==, 3);
  g_assert_nonnull (polku_credit_summary_find_line (summary, "0.1"));
  g_assert_null (polku_credit_summary_find_line (summary, "0.0.0"));
  {
    g_autofree char *text = polku_credit_line_format (polku_credit_summary_find_line (summary, "0"),
                                                      POLKU_CREDIT_UNIT_POINTS, "sv");

    g_assert_cmpstr (text, ==, "The whole qualification 180 credits: 0 credits chosen");
  }
}

/* The plan as a model */

static void
notify_count_cb (guint *counter)
{
  (*counter)++;
}

static void
test_plan_model (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 learner = lt_add_learner (fixture->store, "Aino", "Virtanen");
  gint64 puu = lt_peruste_id (fixture->store, "OPH-2455-2017");
  gint64 mandatory = lt_unit_id (fixture->store, "OPH-2455-2017", "tutkinnonosat_105444");
  gint64 optional = lt_unit_id (fixture->store, "OPH-2455-2017", "tutkinnonosat_105426");
  g_autoptr(PolkuPlan) plan = polku_plan_new (fixture->store, learner);
  g_autoptr(PolkuPlanUnit) first = NULL;
  g_autoptr(PolkuPlanUnit) second = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_credits = 0;

  g_assert_cmpint (polku_plan_get_target (plan), ==, POLKU_PLAN_TARGET_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 0);
  g_signal_connect_swapped (plan, "notify::credits-chosen", G_CALLBACK (notify_count_cb), &n_credits);

  /* A first unit names the target. */
  first = polku_plan_add_unit (plan, mandatory, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_cmpint (polku_plan_get_peruste_id (plan), ==, puu);
  g_assert_cmpstr (polku_plan_get_suoritustapa (plan), ==, "reformi");
  g_assert_cmpint (polku_plan_get_target (plan), ==, POLKU_PLAN_TARGET_QUALIFICATION);
  g_assert_cmpfloat (polku_plan_get_credits_chosen (plan), ==, 45);
  g_assert_cmpuint (n_credits, ==, 1);
  g_assert_true (polku_plan_unit_get_mandatory (first));
  g_assert_cmpstr (polku_plan_unit_get_counted_in (first), ==, "0.0.0.0");

  second = polku_plan_add_unit (plan, optional, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (polku_plan_get_credits_chosen (plan), ==, 85);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 2);
  lines = polku_plan_dup_credit_lines (plan);
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "Pakolliset tutkinnon osat 45 credits: 45 credits chosen"));

  /* The same unit twice, a missing unit, a group outside the structure: refused, unchanged. */
  LT_ASSERT_FAILS_UNCHANGED (fixture, g_assert_null (polku_plan_add_unit (plan, mandatory, edit_error)),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, g_assert_null (polku_plan_add_unit (plan, 987654, edit_error)),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_plan_unit_set_group_path (second, "9.9.9", edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_plan_set_osaamisala_uri (plan, "osaamisala_9999", edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_plan_unit_set_period (second, "2025-05-01", "2025-04-01", edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_plan_set_target (plan, puu, "naytto", edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);

  /* Edits reach the same objects. */
  g_assert_true (polku_plan_unit_set_period (second, "2025-03-01", "2025-05-31", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (polku_plan_unit_get_starts_on (second), ==, "2025-03-01");
  g_assert_true (polku_plan_unit_set_credits_override (second, 30, &error));
  g_assert_cmpfloat (polku_plan_unit_get_credits (second), ==, 30);
  g_assert_cmpfloat (polku_plan_get_credits_chosen (plan), ==, 75);
  g_assert_true (polku_plan_unit_set_credits_override (second, -1, &error));
  g_assert_cmpfloat (polku_plan_unit_get_credits (second), ==, 40);
  g_assert_true (polku_plan_set_goal (plan, "  Puusepäksi  ", &error));
  g_assert_cmpstr (polku_plan_get_goal (plan), ==, "Puusepäksi");
  g_assert_true (polku_plan_set_osaamisala_uri (plan, "osaamisala_1665", &error));
  g_assert_no_error (error);
  /* Hirsirakenteet belong to another osaamisala: outside the structure now. */
  g_assert_false (polku_plan_unit_get_in_structure (second));
  g_assert_cmpuint (polku_plan_get_credit_summary (plan)->n_unplaced, ==, 1);
  g_assert_true (polku_plan_set_osaamisala_uri (plan, NULL, &error));
  g_assert_true (polku_plan_unit_get_in_structure (second));

  g_assert_true (polku_plan_move_unit (plan, second, 0, &error));
  g_assert_no_error (error);
  {
    g_autoptr(PolkuPlanUnit) now_first = g_list_model_get_item (G_LIST_MODEL (plan), 0);

    g_assert_true (now_first == second);
  }

  g_assert_true (polku_plan_remove_unit (plan, first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 1);
  g_assert_cmpfloat (polku_plan_get_credits_chosen (plan), ==, 40);

  /* Erasing the learner empties the plan. */
  g_assert_true (polku_store_erase_learner (fixture->store, learner, &error));
  g_assert_no_error (error);
  g_assert_true (polku_plan_get_gone (plan));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 0);
  g_assert_false (polku_plan_set_goal (plan, "x", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
}

/* TUVA: weeks, no structure; TELMA: its own target. */
static void
test_plan_preparatory (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 learner = lt_add_learner (fixture->store, "Eetu", "Kokeilu");
  gint64 tuva = lt_peruste_id (fixture->store, "OPH-1488-2021");
  gint64 telma = lt_peruste_id (fixture->store, "OPH-2659-2017");
  g_autoptr(PolkuPlan) plan = polku_plan_new (fixture->store, learner);
  g_autoptr(GError) error = NULL;
  gint64 common;
  double weeks;

  common = lt_query_id (fixture->store, "SELECT unit_id FROM unit WHERE peruste_id = %" G_GINT64_FORMAT
                        " AND tyyppi = 'yhteinen'", tuva);
  weeks = own_credits (fixture->store, common);
  g_assert_cmpfloat (weeks, >, 0);

  g_assert_true (polku_plan_set_target (plan, tuva, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (polku_plan_get_target (plan), ==, POLKU_PLAN_TARGET_TUVA);
  g_assert_cmpint (polku_plan_get_credit_unit (plan), ==, POLKU_CREDIT_UNIT_WEEKS);
  g_assert_null (polku_plan_get_suoritustapa (plan));
  {
    g_autoptr(PolkuPlanUnit) unit = polku_plan_add_unit (plan, common, &error);

    g_assert_no_error (error);
    g_assert_nonnull (unit);
  }
  g_assert_cmpfloat (polku_plan_get_credits_chosen (plan), ==, weeks);

  g_assert_true (polku_plan_set_target (plan, telma, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (polku_plan_get_target (plan), ==, POLKU_PLAN_TARGET_TELMA);
  g_assert_cmpstr (polku_plan_get_suoritustapa (plan), ==, "reformi");
}

/* Task suggestions from the workshop mapping */

static gint64
add_task (PolkuStore *store,
          gint64      workshop_id,
          const char *title)
{
  PolkuTaskRecord task = { .workshop_id = workshop_id, .title = (char *) title, .active = TRUE };
  g_autoptr(GError) error = NULL;
  gint64 id = polku_store_add_task (store, &task, &error);

  g_assert_no_error (error);
  return id;
}

static void
test_suggestions (Fixture       *fixture,
                  gconstpointer  data)
{
  PolkuWorkshopRecord workshop = { .name = (char *) "Autopaja" };
  PolkuWorkshopRecord other = { .name = (char *) "Puupaja" };
  gint64 unit = lt_unit_id (fixture->store, "OPH-5410-2021", "tutkinnonosat_106878");
  g_autoptr(GArray) requirements = lt_requirement_ids (fixture->store, unit);
  g_autoptr(PolkuTaskSuggestionRecord) suggestion = NULL;
  g_autoptr(GError) error = NULL;
  gint64 learner = lt_add_learner (fixture->store, "Iida", "Harjoitus");
  gint64 workshop_id, other_id, brakes, tyres, inactive, elsewhere, plan_unit;
  PolkuSuggestedTaskRecord *top;
  guint n = requirements->len;

  g_assert_cmpuint (n, >=, 4);
  workshop_id = polku_store_add_workshop (fixture->store, &workshop, &error);
  other_id = polku_store_add_workshop (fixture->store, &other, &error);
  g_assert_no_error (error);
  brakes = add_task (fixture->store, workshop_id, "Jarrujen tarkastus");
  tyres = add_task (fixture->store, workshop_id, "Renkaanvaihto");
  inactive = add_task (fixture->store, workshop_id, "Vanha tehtävä");
  elsewhere = add_task (fixture->store, other_id, "Muualla");

  /* Brakes cover the first three requirements, tyres the first one; the last
   * is covered only in another workshop, the inactive task counts nowhere. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (polku_store_map_requirement (fixture->store, brakes, g_array_index (requirements, gint64, i),
                                                NULL, &error));
  g_assert_true (polku_store_map_requirement (fixture->store, tyres, g_array_index (requirements, gint64, 0),
                                              NULL, &error));
  g_assert_no_error (error);
  g_assert_true (polku_store_map_requirement (fixture->store, inactive, g_array_index (requirements, gint64, 1),
                                              NULL, &error));
  g_assert_true (polku_store_map_requirement (fixture->store, elsewhere, g_array_index (requirements, gint64, n - 1),
                                              NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(PolkuTaskRecord) task = polku_store_get_task (fixture->store, inactive, &error);

    task->active = FALSE;
    g_assert_true (polku_store_update_task (fixture->store, task, &error));
  }

  plan_unit = polku_store_add_plan_unit (fixture->store, learner, unit, &error);
  g_assert_no_error (error);
  g_assert_true (polku_store_add_plan_unit_task (fixture->store, plan_unit, tyres, &error));
  g_assert_no_error (error);

  suggestion = polku_store_suggest_tasks (fixture->store, workshop_id, unit, learner, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestion->n_requirements, ==, n);
  g_assert_cmpuint (suggestion->tasks->len, ==, 2);
  top = g_ptr_array_index (suggestion->tasks, 0);
  g_assert_cmpint (top->task_id, ==, brakes);
  g_assert_cmpuint (top->n_covered, ==, 3);
  g_assert_false (top->planned);
  g_assert_cmpint (((PolkuSuggestedTaskRecord *) g_ptr_array_index (suggestion->tasks, 1))->task_id, ==, tyres);
  g_assert_true (((PolkuSuggestedTaskRecord *) g_ptr_array_index (suggestion->tasks, 1))->planned);
  /* Uncovered: everything but the first three, in the unit's order. */
  g_assert_cmpuint (suggestion->uncovered->len, ==, n - 3);
  g_assert_cmpint (((PolkuCoverageRowRecord *) g_ptr_array_index (suggestion->uncovered, 0))->requirement_id, ==,
                   g_array_index (requirements, gint64, 3));

  /* Across all workshops, the other workshop's task covers the last one. */
  g_clear_pointer (&suggestion, polku_task_suggestion_record_free);
  suggestion = polku_store_suggest_tasks (fixture->store, 0, unit, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestion->tasks->len, ==, 3);
  g_assert_cmpuint (suggestion->uncovered->len, ==, n - 4);

  /* Planned tasks: set, replace, a missing task refused. */
  {
    gint64 ids[] = { brakes, tyres };
    gint64 bad[] = { brakes, 99999 };
    g_autoptr(PolkuPlanUnitRecord) record = NULL;

    g_assert_true (polku_store_set_plan_unit_tasks (fixture->store, plan_unit, ids, 2, &error));
    g_assert_no_error (error);
    record = polku_store_get_plan_unit (fixture->store, plan_unit, &error);
    g_assert_cmpuint (record->tasks->len, ==, 2);
    g_assert_cmpstr (((PolkuPlannedTaskRecord *) g_ptr_array_index (record->tasks, 0))->title, ==,
                     "Jarrujen tarkastus");
    LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_set_plan_unit_tasks (fixture->store, plan_unit, bad, 2,
                                                                          edit_error),
                               POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  }

  /* A deleted task leaves the plans it was in. */
  {
    g_autoptr(PolkuDeletedTask) deleted = polku_store_delete_task (fixture->store, brakes, &error);
    g_autoptr(PolkuPlanUnitRecord) record = NULL;

    g_assert_no_error (error);
    record = polku_store_get_plan_unit (fixture->store, plan_unit, &error);
    g_assert_cmpuint (record->tasks->len, ==, 1);
  }
}

/* Progress: per unit from the competence records; a common unit by its chosen osa-alueet. */
static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 learner = lt_add_learner (fixture->store, "Onni", "Demo");
  gint64 unit = lt_unit_id (fixture->store, "OPH-2455-2017", "tutkinnonosat_105444");
  gint64 common = lt_unit_id (fixture->store, "OPH-2455-2017", "tutkinnonosat_400012");
  g_autoptr(GArray) requirements = lt_requirement_ids (fixture->store, unit);
  g_autoptr(PolkuPlan) plan = polku_plan_new (fixture->store, learner);
  g_autoptr(PolkuPlanUnit) plan_unit = NULL;
  g_autoptr(PolkuPlanUnit) plan_common = NULL;
  g_autoptr(GError) error = NULL;
  PolkuCompetenceEdit identified = { .fields = POLKU_COMPETENCE_FIELD_STATUS, .status = POLKU_COMPETENCE_IDENTIFIED };
  gint64 osa_alue;
  guint n_common_total, n_osa_alue;

  plan_unit = polku_plan_add_unit (plan, unit, &error);
  plan_common = polku_plan_add_unit (plan, common, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (polku_plan_unit_get_n_total (plan_unit), ==, requirements->len);
  g_assert_cmpuint (polku_plan_unit_get_n_identified (plan_unit), ==, 0);
  g_assert_false (polku_plan_unit_get_complete (plan_unit));

  g_assert_true (polku_store_edit_competences (fixture->store, learner, (gint64 *) requirements->data,
                                               requirements->len - 1, &identified, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (polku_plan_unit_get_n_identified (plan_unit), ==, requirements->len - 1);
  g_assert_false (polku_plan_unit_get_complete (plan_unit));
  g_assert_cmpfloat (polku_plan_get_credits_complete (plan), ==, 0);

  g_assert_true (polku_store_edit_competence (fixture->store, learner,
                                              g_array_index (requirements, gint64, requirements->len - 1),
                                              &identified, &error));
  g_assert_true (polku_plan_unit_get_complete (plan_unit));
  g_assert_cmpfloat (polku_plan_unit_get_fraction (plan_unit), ==, 1.0);
  g_assert_cmpfloat (polku_plan_get_credits_complete (plan), ==, 45);
  g_assert_cmpuint (polku_plan_get_n_units_complete (plan), ==, 1);

  /* Choosing one osa-alue of the common unit narrows what counts (optional
   * objectives count once worked on). */
  n_common_total = polku_plan_unit_get_n_total (plan_common);
  g_assert_cmpuint (n_common_total, >, 0);
  osa_alue = lt_query_id (fixture->store, "SELECT min (osa_alue_id) FROM osa_alue WHERE unit_id = %" G_GINT64_FORMAT,
                          common);
  n_osa_alue = (guint) lt_query_id (fixture->store,
                                    "SELECT count(*) FROM requirement WHERE osa_alue_id = %" G_GINT64_FORMAT
                                    " AND retired = 0 AND objective_kind IS NOT 'valinnainen'", osa_alue);
  g_assert_true (polku_plan_unit_set_osa_alueet (plan_common, &osa_alue, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (polku_plan_unit_get_osa_alue_ids (plan_common)->len, ==, 1);
  g_assert_cmpuint (polku_plan_unit_get_n_total (plan_common), ==, n_osa_alue);
  g_assert_cmpuint (polku_plan_unit_get_n_total (plan_common), <, n_common_total);
  /* An osa-alue of another unit is refused. */
  {
    gint64 foreign = lt_query_id (fixture->store, "SELECT min (osa_alue_id) FROM osa_alue WHERE unit_id <> %"
                                  G_GINT64_FORMAT, common);

    LT_ASSERT_FAILS_UNCHANGED (fixture, polku_plan_unit_set_osa_alueet (plan_common, &foreign, 1, edit_error),
                               POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  }

  /* A re-import of the same peruste keeps the plan and the records. */
  {
    g_autofree char *path = polku_test_shared_data_path (LT_PUUTEOLLISUUS);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(PolkuImportSummary) summary = polku_eperusteet_import_file (fixture->store, file, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (summary->updated);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 2);
    g_assert_true (polku_plan_unit_get_complete (plan_unit));
    g_assert_cmpfloat (polku_plan_get_credits_complete (plan), ==, 45);
  }

  /* Taking the unit out of the plan keeps what was identified. */
  g_assert_true (polku_plan_remove_unit (plan, plan_unit, &error));
  g_assert_cmpint (lt_query_id (fixture->store, "SELECT count(*) FROM competence WHERE learner_id = %" G_GINT64_FORMAT,
                                learner), ==, requirements->len);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, set, func) \
  g_test_add (path, Fixture, set, lt_fixture_setup_catalogue, func, lt_fixture_teardown)
  ADD ("/pathway/credits/cases", LT_SET_ALL, test_credit_cases);
  ADD ("/pathway/credits/mandatory", LT_SET_DEMO, test_credit_mandatory);
  ADD ("/pathway/credits/osa-alueet", LT_SET_ALL, test_credit_osa_alueet);
  ADD ("/pathway/plan/model", LT_SET_DEMO, test_plan_model);
  ADD ("/pathway/plan/preparatory", LT_SET_ALL, test_plan_preparatory);
  ADD ("/pathway/suggestions", LT_SET_DEMO, test_suggestions);
  ADD ("/pathway/progress", LT_SET_PUU, test_progress);
#undef ADD

  status = g_test_run ();
  lt_remove_templates ();
  return status;
}
