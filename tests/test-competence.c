/* test-competence.c: competence identification: status transitions, the
 * levels offered on each kind of scale with their criteria (real units of
 * each file shape), recording a whole unit, the teacher's decision, history,
 * and skills demonstrations with their code lists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "polku-competence-list.h"
#include "polku-demonstration-list.h"
#include "polku-level-choice.h"
#include "polku-test-learners.h"

/* Status transitions */

static void
test_transitions (void)
{
  enum { N = POLKU_COMPETENCE_RECOGNISED + 1 };
  /* allowed[from][to]: forward freely up to demonstrated, back one step, never
   * to or from recognised (the provider's decision). */
  static const gboolean allowed[N][N] = {
    /*                not   pract  ident  demo   recog */
    /* not */       { TRUE, TRUE,  TRUE,  TRUE,  FALSE },
    /* practising */{ TRUE, TRUE,  TRUE,  TRUE,  FALSE },
    /* identified */{ FALSE, TRUE, TRUE,  TRUE,  FALSE },
    /* demonstr. */ { FALSE, FALSE, TRUE, TRUE,  FALSE },
    /* recognised */{ FALSE, FALSE, FALSE, FALSE, TRUE },
  };

  for (int from = 0; from < N; from++)
    for (int to = 0; to < N; to++)
      {
        g_test_message ("%s → %s", polku_competence_status_to_string (from), polku_competence_status_to_string (to));
        g_assert_cmpint (polku_competence_status_can_change (from, to), ==, allowed[from][to]);
      }

  g_assert_false (polku_competence_status_can_change (-1, POLKU_COMPETENCE_PRACTISING));
  g_assert_false (polku_competence_status_can_change (POLKU_COMPETENCE_PRACTISING, 17));

  for (int status = 0; status < N; status++)
    {
      PolkuCompetenceStatus back;

      g_assert_true (polku_competence_status_from_string (polku_competence_status_to_string (status), &back));
      g_assert_cmpint (back, ==, status);
      g_assert_nonnull (polku_competence_status_get_label (status));
    }
  g_assert_false (polku_competence_status_counts_identified (POLKU_COMPETENCE_PRACTISING));
  g_assert_true (polku_competence_status_counts_identified (POLKU_COMPETENCE_IDENTIFIED));
  g_assert_true (polku_competence_status_counts_identified (POLKU_COMPETENCE_RECOGNISED));
}

/* Level choices on each kind of scale */

static GListStore *
choices_for_unit (PolkuStore      *store,
                  gint64           unit_id,
                  PolkuScaleKind  *kind)
{
  g_autoptr(GError) error = NULL;
  GListStore *choices = polku_level_choices_for_unit (store, unit_id, "fi", kind, &error);

  g_assert_no_error (error);
  return choices;
}

static PolkuLevelChoice *
choice_at (GListStore *choices,
           guint       index)
{
  PolkuLevelChoice *choice = g_list_model_get_item (G_LIST_MODEL (choices), index);

  g_object_unref (choice);   /* the store keeps it */
  return choice;
}

static void
test_levels_generic (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 unit = lt_unit_id (fixture->store, "OPH-5410-2021", "tutkinnonosat_106945");
  g_autoptr(GListStore) choices = NULL;
  PolkuScaleKind kind;
  static const char * const shorts[] = { "1", "2", "3", "4", "5" };

  choices = choices_for_unit (fixture->store, unit, &kind);
  g_assert_cmpint (kind, ==, POLKU_SCALE_KIND_GENERIC_1_5);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (choices)), ==, 5);

  for (guint i = 0; i < 5; i++)
    {
      PolkuLevelChoice *choice = choice_at (choices, i);
      g_autofree char *code = g_strdup_printf ("arviointiasteikkoammatillinen15_%u", i + 1);
      gint64 n = lt_query_id (fixture->store,
                              "SELECT count(*) FROM criterion WHERE owner = 'generic' AND level_id = %d",
                              polku_level_choice_get_level_id (choice));

      g_assert_cmpstr (polku_level_choice_get_short_label (choice), ==, shorts[i]);
      g_assert_cmpstr (polku_level_choice_get_koodi_uri (choice), ==, code);
      /* Every level of the generic scale has its criteria. */
      g_assert_true (polku_level_choice_get_has_criteria (choice));
      g_assert_cmpuint (polku_level_choice_get_criteria (choice)->len, ==, n);
      g_assert_true (g_str_has_prefix (polku_level_choice_get_criteria_text (choice), "• "));
      g_assert_null (polku_level_choice_get_note (choice));
    }
  g_assert_cmpstr (polku_level_choice_get_label (choice_at (choices, 2)), ==, "Hyvä 3");
}

static void
test_levels_unit_criteria (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 unit = lt_unit_id (fixture->store, "OPH-2455-2017", "tutkinnonosat_105444");
  g_autoptr(GArray) requirements = lt_requirement_ids (fixture->store, unit);
  g_autoptr(GListStore) choices = NULL;
  g_autoptr(GListStore) for_first = NULL;
  g_autoptr(GListStore) for_third = NULL;
  g_autoptr(GError) error = NULL;
  PolkuScaleKind kind;

  choices = choices_for_unit (fixture->store, unit, &kind);
  g_assert_cmpint (kind, ==, POLKU_SCALE_KIND_UNIT_1_5);
  /* All five levels are offered; the unit describes 1, 3 and 5. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (choices)), ==, 5);
  g_assert_true (polku_level_choice_get_has_criteria (choice_at (choices, 0)));
  g_assert_false (polku_level_choice_get_has_criteria (choice_at (choices, 1)));
  g_assert_true (polku_level_choice_get_has_criteria (choice_at (choices, 2)));
  g_assert_false (polku_level_choice_get_has_criteria (choice_at (choices, 3)));
  g_assert_true (polku_level_choice_get_has_criteria (choice_at (choices, 4)));
  g_assert_cmpstr (polku_level_choice_get_note (choice_at (choices, 1)), ==, "Between the criteria of 1 and 3");
  g_assert_cmpstr (polku_level_choice_get_note (choice_at (choices, 3)), ==, "Between the criteria of 3 and 5");
  g_assert_null (polku_level_choice_get_criteria_text (choice_at (choices, 3)));

  /* For one requirement: its own assessment area (the 2017 file pairs the six
   * requirements with six areas in order). */
  for_first = polku_level_choices_for_requirement (fixture->store, g_array_index (requirements, gint64, 0), "fi",
                                                   NULL, &error);
  g_assert_no_error (error);
  for_third = polku_level_choices_for_requirement (fixture->store, g_array_index (requirements, gint64, 2), "fi",
                                                   NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 5; i += 2)
    {
      PolkuLevelChoice *first = choice_at (for_first, i);
      PolkuLevelChoice *third = choice_at (for_third, i);
      int level_id = polku_level_choice_get_level_id (first);

      g_assert_true (polku_level_choice_get_area_matched (first));
      g_assert_cmpuint (polku_level_choice_get_criteria (first)->len, ==,
                        lt_query_id (fixture->store, "SELECT count(*) FROM criterion WHERE unit_id = %" G_GINT64_FORMAT
                                     " AND level_id = %d AND area_ord = 0", unit, level_id));
      g_assert_cmpuint (polku_level_choice_get_criteria (third)->len, ==,
                        lt_query_id (fixture->store, "SELECT count(*) FROM criterion WHERE unit_id = %" G_GINT64_FORMAT
                                     " AND level_id = %d AND area_ord = 2", unit, level_id));
      g_assert_cmpuint (polku_level_choice_get_criteria (first)->len, <,
                        polku_level_choice_get_criteria (choice_at (choices, i))->len);
      g_assert_cmpstr (polku_level_choice_get_criteria_text (first), !=, polku_level_choice_get_criteria_text (third));
    }
}

static void
test_levels_t1_k3 (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 unit = lt_unit_id (fixture->store, "62/011/2014", "tutkinnonosat_100431");
  g_autoptr(GArray) requirements = lt_requirement_ids (fixture->store, unit);
  g_autoptr(GListStore) choices = NULL;
  g_autoptr(GListStore) for_requirement = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const shorts[] = { "T1", "H2", "K3" };
  PolkuScaleKind kind;

  choices = choices_for_unit (fixture->store, unit, &kind);
  g_assert_cmpint (kind, ==, POLKU_SCALE_KIND_T1_K3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (choices)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      PolkuLevelChoice *choice = choice_at (choices, i);
      g_autofree char *code = g_strdup_printf ("arviointiasteikkoammatillinent1k3_%u", i + 1);

      g_assert_cmpstr (polku_level_choice_get_short_label (choice), ==, shorts[i]);
      g_assert_cmpstr (polku_level_choice_get_koodi_uri (choice), ==, code);
      g_assert_true (polku_level_choice_get_has_criteria (choice));
    }

  /* 11 requirements against 4 areas do not pair: a requirement sees all criteria. */
  for_requirement = polku_level_choices_for_requirement (fixture->store, g_array_index (requirements, gint64, 0),
                                                         "fi", NULL, &error);
  g_assert_no_error (error);
  g_assert_false (polku_level_choice_get_area_matched (choice_at (for_requirement, 0)));
  g_assert_cmpuint (polku_level_choice_get_criteria (choice_at (for_requirement, 0))->len, ==,
                    polku_level_choice_get_criteria (choice_at (choices, 0))->len);
}

static void
test_levels_pass_fail (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 tuva = lt_query_id (fixture->store, "SELECT unit_id FROM unit WHERE koodi_uri = 'koulutuksenosattuva_101'");
  gint64 telma = lt_unit_id (fixture->store, "OPH-2659-2017", "tutkinnonosat_400005");
  g_autoptr(GListStore) choices = NULL;
  g_autoptr(GListStore) none = NULL;
  g_autoptr(GPtrArray) levels = NULL;
  g_autoptr(GPtrArray) criteria = g_ptr_array_new ();
  g_autoptr(GListStore) vocational = NULL;
  PolkuUnitRecord pass_fail_unit = { .scale_id = 1, .kind = (char *) "tutkinnon_osa",
                                     .koulutustyyppi = (char *) "koulutustyyppi_1" };
  PolkuScaleKind kind;

  /* TUVA: "Hyväksytty" only, with TUVA's own code. */
  choices = choices_for_unit (fixture->store, tuva, &kind);
  g_assert_cmpint (kind, ==, POLKU_SCALE_KIND_TUVA);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (choices)), ==, 1);
  g_assert_cmpstr (polku_level_choice_get_label (choice_at (choices, 0)), ==, "Hyväksytty");
  g_assert_cmpstr (polku_level_choice_get_koodi_uri (choice_at (choices, 0)), ==, "arviointiasteikkotuva_hyvaksytty");

  /* A vocational pass/fail unit (none in the files: built from a record). */
  levels = polku_store_catalogue_list_scale_levels (fixture->store, 0, NULL);
  vocational = polku_level_choices_build (&pass_fail_unit, levels, criteria, NULL, NULL, "sv", &kind);
  g_assert_cmpint (kind, ==, POLKU_SCALE_KIND_PASS_FAIL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (vocational)), ==, 1);
  g_assert_cmpstr (polku_level_choice_get_label (choice_at (vocational, 0)), ==, "Godkänd");
  g_assert_cmpstr (polku_level_choice_get_koodi_uri (choice_at (vocational, 0)), ==,
                   "arviointiasteikkoammatillinenhyvaksyttyhylatty_hyvaksytty");

  /* TELMA goals have no levels. */
  none = choices_for_unit (fixture->store, telma, &kind);
  g_assert_cmpint (kind, ==, POLKU_SCALE_KIND_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (none)), ==, 0);
}

/* A common unit's objective is assessed with its osa-alue's criteria. */
static void
test_levels_osa_alue (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 unit = lt_unit_id (fixture->store, "OPH-5410-2021", "tutkinnonosat_106727");
  gint64 requirement = lt_query_id (fixture->store,
                                    "SELECT min (r.requirement_id) FROM requirement r WHERE r.unit_id = %"
                                    G_GINT64_FORMAT " AND r.osa_alue_id IS NOT NULL AND EXISTS (SELECT 1 FROM criterion c "
                                    "WHERE c.osa_alue_id = r.osa_alue_id)", unit);
  gint64 osa_alue = lt_query_id (fixture->store, "SELECT osa_alue_id FROM requirement WHERE requirement_id = %"
                                 G_GINT64_FORMAT, requirement);
  g_autoptr(GListStore) choices = NULL;
  g_autoptr(GError) error = NULL;
  guint n_levels;

  choices = polku_level_choices_for_requirement (fixture->store, requirement, "fi", NULL, &error);
  g_assert_no_error (error);
  n_levels = g_list_model_get_n_items (G_LIST_MODEL (choices));
  g_assert_cmpuint (n_levels, ==, 5);
  for (guint i = 0; i < n_levels; i++)
    {
      PolkuLevelChoice *choice = choice_at (choices, i);

      g_assert_cmpuint (polku_level_choice_get_criteria (choice)->len, ==,
                        lt_query_id (fixture->store, "SELECT count(*) FROM criterion WHERE osa_alue_id = %"
                                     G_GINT64_FORMAT " AND level_id = %d", osa_alue,
                                     polku_level_choice_get_level_id (choice)));
    }
}

/* Recording competence a unit at a time */

static gint64
level_of (PolkuStore *store,
          int         scale_id,
          int         ord)
{
  return lt_query_id (store, "SELECT level_id FROM scale_level WHERE scale_id = %d AND ord = %d", scale_id, ord);
}

static void
test_record_unit (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 learner = lt_add_learner (fixture->store, "Aino", "Virtanen");
  gint64 unit = lt_unit_id (fixture->store, "OPH-2455-2017", "tutkinnonosat_105444");
  PolkuWorkshopRecord workshop = { .name = (char *) "Puupaja" };
  PolkuTaskRecord task = { .title = (char *) "Huonekalun kokoaminen", .active = TRUE };
  g_autoptr(PolkuCompetenceList) list = NULL;
  g_autoptr(PolkuCompetence) first = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  gint64 task_id;
  guint n, n_changed;

  task.workshop_id = polku_store_add_workshop (fixture->store, &workshop, &error);
  task_id = polku_store_add_task (fixture->store, &task, &error);
  g_assert_no_error (error);

  list = polku_competence_list_new (fixture->store, learner, unit, "fi");
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpint (polku_competence_list_get_scale_kind (list), ==, POLKU_SCALE_KIND_UNIT_1_5);
  g_assert_cmpuint (polku_competence_list_get_n_total (list), ==, 6);
  g_assert_cmpuint (polku_competence_list_get_n_identified (list), ==, 0);
  g_assert_cmpstr (polku_competence_list_get_unit_name (list), ==, "Puutuotevalmistuksessa toimiminen");

  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_false (polku_competence_get_recorded (first));
  g_assert_cmpint (polku_competence_get_status (first), ==, POLKU_COMPETENCE_NOT_STARTED);
  g_assert_cmpuint (g_list_model_get_n_items (polku_competence_get_level_choices (first)), ==, 5);

  /* The learner's own view, then practising, then identified with a level. */
  g_assert_true (polku_competence_set_own_view (first, "  Osaan lukea piirustuksia. ", &error));
  g_assert_no_error (error);
  g_assert_true (polku_competence_get_recorded (first));
  g_assert_cmpstr (polku_competence_get_own_view (first), ==, "Osaan lukea piirustuksia.");
  g_assert_true (polku_competence_set_status (first, POLKU_COMPETENCE_PRACTISING, &error));
  g_assert_null (polku_competence_get_shown_on (first));
  g_assert_true (polku_competence_set_status (first, POLKU_COMPETENCE_IDENTIFIED, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    today = g_date_time_format (now, "%Y-%m-%d");
  }
  g_assert_cmpstr (polku_competence_get_shown_on (first), ==, today);
  g_assert_true (polku_competence_set_level (first, (int) level_of (fixture->store, 3, 3), &error));
  g_assert_cmpstr (polku_competence_get_level_label (first), ==, "3");
  g_assert_true (polku_competence_set_tasks (first, &task_id, 1, &error));
  g_assert_cmpstr (polku_competence_get_tasks_text (first), ==, "Huonekalun kokoaminen");
  g_assert_true (polku_competence_set_observation (first, "Tekee itsenäisesti.", &error));
  g_assert_true (polku_competence_set_evidence (first, "Kolme tilaustyötä.", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (polku_competence_list_get_n_identified (list), ==, 1);

  history = polku_competence_list_history (first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 4);
  g_assert_cmpint (((PolkuCompetenceHistoryRecord *) g_ptr_array_index (history, 0))->old_status, ==, -1);
  g_assert_cmpint (((PolkuCompetenceHistoryRecord *) g_ptr_array_index (history, 2))->new_status, ==,
                   POLKU_COMPETENCE_IDENTIFIED);
  g_assert_cmpint (((PolkuCompetenceHistoryRecord *) g_ptr_array_index (history, 3))->new_level_id, ==,
                   level_of (fixture->store, 3, 3));

  /* Refusals: a level of another scale, a jump back, recognised by the coach. */
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_competence_set_level (first, (int) level_of (fixture->store, 2, 2), edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_competence_set_status (first, POLKU_COMPETENCE_NOT_STARTED, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_competence_set_status (first, POLKU_COMPETENCE_RECOGNISED, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_competence_set_shown_on (first, "2025-13-01", edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  /* The schema itself refuses a level off the unit's scale. */
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE competence SET level_id = %" G_GINT64_FORMAT
                                            " WHERE learner_id = %" G_GINT64_FORMAT,
                                            level_of (fixture->store, 2, 1), learner);

    LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_exec (fixture->store, sql, edit_error),
                               POLKU_STORE_ERROR, POLKU_STORE_ERROR_CONSTRAINT);
  }

  /* The whole unit at once from the keyboard: one transaction, one notification. */
  {
    g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
    PolkuCompetenceEdit edit = { .fields = POLKU_COMPETENCE_FIELD_STATUS | POLKU_COMPETENCE_FIELD_LEVEL,
                                 .status = POLKU_COMPETENCE_IDENTIFIED,
                                 .level_id = (int) level_of (fixture->store, 3, 5) };
    PolkuCompetenceEdit bad = edit;

    for (guint i = 1; i < n; i++)
      g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (list), i));

    bad.level_id = (int) level_of (fixture->store, 1, 1);
    LT_ASSERT_FAILS_UNCHANGED (fixture, polku_competence_list_apply (list, (PolkuCompetence **) items->pdata,
                                                                      items->len, &bad, edit_error),
                               POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);

    n_changed = fixture->n_changed;
    g_assert_true (polku_competence_list_apply (list, (PolkuCompetence **) items->pdata, items->len, &edit, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (fixture->n_changed, ==, n_changed + 1);
    g_assert_true (polku_competence_list_get_complete (list));
    g_assert_cmpstr (polku_competence_get_level_label (g_ptr_array_index (items, 0)), ==, "5");
  }

  /* A demonstration moves them on; the provider's decision locks one. */
  g_assert_true (polku_competence_set_status (first, POLKU_COMPETENCE_DEMONSTRATED, &error));
  g_assert_true (polku_store_record_teacher_decision (fixture->store, learner,
                                                      polku_competence_get_requirement_id (first),
                                                      POLKU_TEACHER_DECISION_RECOGNISED, "Hyvä näyttö",
                                                      "Olli Opettaja", "Esimerkkiopisto", "2025-05-20", &error));
  g_assert_no_error (error);
  g_assert_cmpint (polku_competence_get_status (first), ==, POLKU_COMPETENCE_RECOGNISED);
  g_assert_true (polku_competence_get_locked (first));
  g_assert_cmpstr (polku_competence_get_record (first)->decided_on, ==, "2025-05-20");
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_competence_set_evidence (first, "muutos", edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);

  /* Reopening it is written to the change log. */
  g_assert_true (polku_store_record_teacher_decision (fixture->store, learner,
                                                      polku_competence_get_requirement_id (first),
                                                      POLKU_TEACHER_DECISION_MORE_EVIDENCE, NULL, "Olli Opettaja",
                                                      NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (polku_competence_get_status (first), ==, POLKU_COMPETENCE_IDENTIFIED);
  g_assert_cmpint (lt_query_id (fixture->store,
                                "SELECT count(*) FROM change_log WHERE kind = 'competence reopened'"), ==, 1);

  /* A deleted task leaves the records it showed. */
  {
    g_autoptr(PolkuDeletedTask) deleted = polku_store_delete_task (fixture->store, task_id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (polku_competence_get_tasks_text (first), ==, "");
  }
}

/* Demonstrations */

static void
test_demonstrations (Fixture       *fixture,
                     gconstpointer  data)
{
  PolkuOrganisationRecord organisation = { .name = (char *) "Paja ry", .business_id = (char *) "1234567-1" };
  PolkuWorkshopRecord workshop = { .name = (char *) "Puupaja", .description = (char *) "Huonekaluverstas" };
  PolkuProviderRecord provider = { .name = (char *) "Opisto" };
  gint64 unit = lt_unit_id (fixture->store, "OPH-2455-2017", "tutkinnonosat_105444");
  gint64 common = lt_unit_id (fixture->store, "OPH-2455-2017", "tutkinnonosat_400012");
  gint64 osa_alue = lt_query_id (fixture->store, "SELECT min (osa_alue_id) FROM osa_alue WHERE unit_id = %"
                                 G_GINT64_FORMAT, common);
  g_autoptr(PolkuDemonstrationList) list = NULL;
  g_autoptr(PolkuDemonstration) demonstration = NULL;
  g_autoptr(GError) error = NULL;
  PolkuLearnerRecord learner = { .first_names = (char *) "Venla", .last_name = (char *) "Malli" };
  PolkuAssessorRecord assessor = { .side = POLKU_ASSESSOR_WORKING_LIFE, .name = (char *) "Teemu Työnjohtaja",
                                   .organisation = (char *) "Paja ry", .business_id = (char *) "1234567-1",
                                   .role = (char *) "ammatillisennaytonarvioinnistapaattaneet_3" };
  gint64 provider_id, learner_id, assessor_id, criterion_id;

  g_assert_true (polku_store_update_organisation (fixture->store, &organisation, &error));
  learner.workshop_id = polku_store_add_workshop (fixture->store, &workshop, &error);
  provider_id = polku_store_add_provider (fixture->store, &provider, &error);
  learner_id = polku_store_add_learner (fixture->store, &learner, &error);
  g_assert_no_error (error);

  list = polku_demonstration_list_new (fixture->store, learner_id, "fi");
  demonstration = polku_demonstration_list_add (list, "2025-05-20", "2025-05-21", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_true (polku_demonstration_list_find (list, polku_demonstration_get_id (demonstration)) == demonstration);

  /* The workshop is the environment by default. */
  g_assert_cmpstr (polku_demonstration_get_environment_name (demonstration), ==, "Paja ry, Puupaja");
  g_assert_cmpstr (polku_demonstration_get_record (demonstration)->environment_business_id, ==, "1234567-1");
  g_assert_cmpstr (polku_demonstration_get_record (demonstration)->environment_description, ==, "Huonekaluverstas");
  g_assert_cmpint (polku_demonstration_get_record (demonstration)->workshop_id, ==, learner.workshop_id);
  g_assert_cmpint (polku_demonstration_get_state (demonstration), ==, POLKU_DEMONSTRATION_PLANNED);

  g_assert_true (polku_demonstration_set_place (demonstration, "ammatillisennaytonsuorituspaikka_3", &error));
  g_assert_true (polku_demonstration_set_content (demonstration, "Kalusteen valmistus tilauksesta\nLuovutus", &error));
  g_assert_true (polku_demonstration_set_provider_id (demonstration, provider_id, &error));
  g_assert_true (polku_demonstration_set_unit (demonstration, unit, 0, POLKU_OUTCOME_PENDING, 0, NULL, &error));
  g_assert_true (polku_demonstration_set_unit (demonstration, common, osa_alue, POLKU_OUTCOME_PENDING, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (polku_demonstration_get_units (demonstration)->len, ==, 2);
  g_assert_nonnull (strstr (polku_demonstration_get_units_text (demonstration), "Puutuotevalmistuksessa toimiminen"));

  assessor_id = polku_demonstration_add_assessor (demonstration, &assessor, &error);
  g_assert_no_error (error);
  assessor.side = POLKU_ASSESSOR_PROVIDER;
  assessor.name = (char *) "Olli Opettaja";
  assessor.business_id = NULL;
  assessor.provider_id = provider_id;
  assessor.role = (char *) "ammatillisennaytonarvioinnistapaattaneet_1";
  g_assert_cmpint (polku_demonstration_add_assessor (demonstration, &assessor, &error), >, 0);
  g_assert_cmpuint (polku_demonstration_get_assessors (demonstration)->len, ==, 2);
  g_assert_cmpint (((PolkuAssessorRecord *) g_ptr_array_index (polku_demonstration_get_assessors (demonstration), 0))->side,
                   ==, POLKU_ASSESSOR_WORKING_LIFE);
  criterion_id = polku_demonstration_add_criterion (demonstration, 0, "Kirjalliset ohjeet saatavilla", &error);
  g_assert_no_error (error);

  /* Code lists and checks: refused, unchanged. */
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_demonstration_set_place (demonstration, "ammatillisennaytonsuorituspaikka_9",
                                                                     edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_demonstration_set_place (demonstration, "urasuunnitelma_0001", edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  assessor.role = (char *) "ammatillisennaytonarviointikeskusteluunosallistuneet_5";
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_demonstration_add_assessor (demonstration, &assessor, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  assessor.role = NULL;
  assessor.name = " ";
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_demonstration_add_assessor (demonstration, &assessor, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_demonstration_set_environment (demonstration, "Paja", "1234567-2", NULL,
                                                                           edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_demonstration_set_dates (demonstration, "2025-05-21", "2025-05-20",
                                                                     edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_demonstration_set_unit (demonstration, unit, osa_alue, POLKU_OUTCOME_PENDING,
                                                                    0, NULL, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_demonstration_set_unit (demonstration, unit, 0, POLKU_OUTCOME_FAILED,
                                                                    (int) level_of (fixture->store, 3, 1), NULL,
                                                                    edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_demonstration_set_unit (demonstration, unit, 0, POLKU_OUTCOME_PASSED,
                                                                    (int) level_of (fixture->store, 2, 1), NULL,
                                                                    edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  {
    const char * const mixed[] = { "ammatillisennaytonarviointikeskusteluunosallistuneet_1",
                                   "ammatillisennaytonarviointikeskusteluunosallistuneet_6", NULL };
    const char * const foreign[] = { "ammatillisennaytonarvioinnistapaattaneet_1", NULL };

    LT_ASSERT_FAILS_UNCHANGED (fixture, polku_demonstration_set_participants (demonstration, mixed, edit_error),
                               POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
    LT_ASSERT_FAILS_UNCHANGED (fixture, polku_demonstration_set_participants (demonstration, foreign, edit_error),
                               POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  }

  /* Recording the outcome. */
  {
    const char * const participants[] = { "ammatillisennaytonarviointikeskusteluunosallistuneet_5",
                                          "ammatillisennaytonarviointikeskusteluunosallistuneet_1", NULL };
    PolkuDemonstrationUnitRecord *recorded;

    g_assert_true (polku_demonstration_set_unit (demonstration, unit, 0, POLKU_OUTCOME_PASSED,
                                                 (int) level_of (fixture->store, 3, 4), "2025-05-21", &error));
    g_assert_true (polku_demonstration_set_participants (demonstration, participants, &error));
    g_assert_true (polku_demonstration_set_assessment_discussion_on (demonstration, "2025-05-21", &error));
    g_assert_true (polku_demonstration_set_state (demonstration, POLKU_DEMONSTRATION_COMPLETED, &error));
    g_assert_no_error (error);

    recorded = g_ptr_array_index (polku_demonstration_get_units (demonstration), 0);
    g_assert_cmpint (recorded->outcome, ==, POLKU_OUTCOME_PASSED);
    g_assert_cmpint (recorded->level_id, ==, level_of (fixture->store, 3, 4));
    g_assert_cmpuint (polku_demonstration_get_units (demonstration)->len, ==, 2);
    /* Participants come in the code list's order. */
    g_assert_cmpstr (g_ptr_array_index (polku_demonstration_get_participants (demonstration), 0), ==,
                     "ammatillisennaytonarviointikeskusteluunosallistuneet_1");
  }

  g_assert_true (polku_demonstration_remove_unit (demonstration, common, osa_alue, &error));
  g_assert_true (polku_demonstration_remove_assessor (demonstration, assessor_id, &error));
  g_assert_true (polku_demonstration_remove_criterion (demonstration, criterion_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (polku_demonstration_get_units (demonstration)->len, ==, 1);
  g_assert_cmpuint (polku_demonstration_get_assessors (demonstration)->len, ==, 1);
  g_assert_cmpuint (polku_demonstration_get_criteria (demonstration)->len, ==, 0);

  /* A provider named by a demonstration stays. */
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_delete_provider (fixture->store, provider_id, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_CONSTRAINT);

  g_assert_true (polku_demonstration_list_delete (list, demonstration, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_cmpint (lt_query_id (fixture->store, "SELECT count(*) FROM demonstration_assessor"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/competence/transitions", test_transitions);
#define ADD(path, set, func) \
  g_test_add (path, Fixture, set, lt_fixture_setup_catalogue, func, lt_fixture_teardown)
  ADD ("/competence/levels/generic-1-5", LT_SET_ALL, test_levels_generic);
  ADD ("/competence/levels/unit-criteria", LT_SET_ALL, test_levels_unit_criteria);
  ADD ("/competence/levels/t1-k3", LT_SET_ALL, test_levels_t1_k3);
  ADD ("/competence/levels/pass-fail", LT_SET_ALL, test_levels_pass_fail);
  ADD ("/competence/levels/osa-alue", LT_SET_ALL, test_levels_osa_alue);
  ADD ("/competence/record-unit", LT_SET_PUU, test_record_unit);
  ADD ("/competence/demonstrations", LT_SET_PUU, test_demonstrations);
#undef ADD

  status = g_test_run ();
  lt_remove_templates ();
  return status;
}
