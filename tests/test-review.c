/* test-review.c: the teacher review on the demo database: what waits for a
 * decision and its filters, decisions with their history, the lock on a
 * recognised competence, reopening with a reason, batch decisions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "polku-demo.h"
#include "polku-review-list.h"
#include "polku-store-review.h"
#include "polku-test-learners.h"

static void
setup_demo (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  lt_fixture_setup_catalogue (fixture, LT_SET_DEMO);
  g_assert_cmpint (polku_demo_fill (fixture->store, NULL, &error), ==, 0);
  g_assert_no_error (error);
  fixture->n_changed = 0;
}

static GPtrArray *
list_items (PolkuStore              *store,
            const PolkuReviewFilter *filter)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items = polku_store_list_review_items (store, filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (items);
  return items;
}

/* Everything identified or demonstrated and undecided is listed, with what the
 * teacher needs; the filters narrow it down. */
static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  PolkuReviewFilter filter = { 0 };
  g_autoptr(GPtrArray) all = list_items (fixture->store, NULL);
  g_autoptr(GPtrArray) providers = NULL;
  g_autoptr(GPtrArray) perusteet = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;
  /* Archived learners' items do not wait for a teacher any more. */
  gint64 waiting = lt_query_id (fixture->store,
                                "SELECT count(*) FROM competence c JOIN learner l ON l.learner_id = c.learner_id "
                                " WHERE l.archived = 0 AND c.status IN ('identified', 'demonstrated')");
  gint64 student = lt_learner_by_last_name (fixture->store, "Harjoitus");
  gint64 puu = lt_peruste_id (fixture->store, "OPH-2455-2017");
  gboolean some_tasks = FALSE;
  guint n_sum = 0;

  g_assert_cmpint (waiting, >, 10);
  g_assert_cmpuint (all->len, ==, (guint) waiting);
  g_assert_cmpuint (polku_store_count_review_waiting (fixture->store, &error), ==, (guint) waiting);
  g_assert_no_error (error);

  for (guint i = 0; i < all->len; i++)
    {
      PolkuReviewItemRecord *item = g_ptr_array_index (all, i);

      g_assert_cmpint (item->competence_id, >, 0);
      g_assert_nonnull (item->learner_name);
      g_assert_nonnull (item->unit_nimi_fi);
      g_assert_true (item->text_fi != NULL || item->text_sv != NULL);
      g_assert_nonnull (item->diaarinumero);
      g_assert_true (item->status == POLKU_COMPETENCE_IDENTIFIED || item->status == POLKU_COMPETENCE_DEMONSTRATED);
      g_assert_cmpint (item->teacher_decision, ==, POLKU_TEACHER_DECISION_NONE);
      if (item->level_id != 0)
        g_assert_nonnull (item->level_fi);
      some_tasks |= item->task_titles->len > 0;
      /* Sorted by learner: one learner's items together. */
      if (i > 0)
        {
          PolkuReviewItemRecord *previous = g_ptr_array_index (all, i - 1);

          if (previous->learner_id != item->learner_id)
            for (guint j = i + 1; j < all->len; j++)
              g_assert_cmpint (((PolkuReviewItemRecord *) g_ptr_array_index (all, j))->learner_id, !=,
                               previous->learner_id);
        }
    }
  g_assert_true (some_tasks);
  g_assert_cmpuint (polku_store_count_review_waiting_capped (fixture->store, 5, &error), ==, 5);
  g_assert_cmpuint (polku_store_count_review_waiting_capped (fixture->store, 1000, &error), ==, (guint) waiting);
  g_assert_no_error (error);

  /* An archived learner's items when the filter names the learner. */
  {
    gint64 archived = lt_query_id (fixture->store,
                                   "SELECT ifnull ((SELECT l.learner_id FROM learner l JOIN competence c ON c.learner_id = l.learner_id "
                                   " WHERE l.archived = 1 AND c.status IN ('identified', 'demonstrated') LIMIT 1), 0)");
    PolkuReviewFilter one = { .learner_id = archived };

    if (archived != 0)
      {
        g_autoptr(GPtrArray) items = list_items (fixture->store, &one);

        g_assert_cmpuint (items->len, >, 0);
        for (guint i = 0; i < all->len; i++)
          g_assert_cmpint (((PolkuReviewItemRecord *) g_ptr_array_index (all, i))->learner_id, !=, archived);
      }
  }

  /* By learner */
  filter.learner_id = student;
  {
    g_autoptr(GPtrArray) items = list_items (fixture->store, &filter);

    g_assert_cmpuint (items->len, ==, (guint) lt_query_id (fixture->store,
                                                           "SELECT count(*) FROM competence WHERE learner_id = %"
                                                           G_GINT64_FORMAT " AND status IN ('identified', 'demonstrated')",
                                                           student));
    g_assert_cmpuint (items->len, >, 0);
    for (guint i = 0; i < items->len; i++)
      g_assert_cmpint (((PolkuReviewItemRecord *) g_ptr_array_index (items, i))->learner_id, ==, student);
  }

  /* By qualification */
  filter.learner_id = 0;
  filter.peruste_id = puu;
  {
    g_autoptr(GPtrArray) items = list_items (fixture->store, &filter);

    g_assert_cmpuint (items->len, >, 0);
    g_assert_cmpuint (items->len, <, all->len);
    for (guint i = 0; i < items->len; i++)
      g_assert_cmpint (((PolkuReviewItemRecord *) g_ptr_array_index (items, i))->peruste_id, ==, puu);
  }

  /* By education provider: the student's */
  filter.peruste_id = 0;
  filter.provider_id = lt_query_id (fixture->store, "SELECT provider_id FROM learner WHERE learner_id = %" G_GINT64_FORMAT,
                                    student);
  g_assert_cmpint (filter.provider_id, >, 0);
  {
    g_autoptr(GPtrArray) items = list_items (fixture->store, &filter);
    gboolean has_student = FALSE;

    g_assert_cmpuint (items->len, >, 0);
    for (guint i = 0; i < items->len; i++)
      {
        PolkuReviewItemRecord *item = g_ptr_array_index (items, i);

        g_assert_cmpint (item->provider_id, ==, filter.provider_id);
        g_assert_nonnull (item->provider_name);
        has_student |= item->learner_id == student;
      }
    g_assert_true (has_student);
  }

  /* A provider with nothing in the review */
  filter.provider_id = 999999;
  {
    g_autoptr(GPtrArray) items = list_items (fixture->store, &filter);

    g_assert_cmpuint (items->len, ==, 0);
  }

  /* The filter choices, each counting what waits. */
  providers = polku_store_list_review_providers (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (providers->len, >=, 1);
  perusteet = polku_store_list_review_perusteet (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (perusteet->len, ==, 2);
  learners = polku_store_list_review_learners (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < learners->len; i++)
    n_sum += ((PolkuReviewChoice *) g_ptr_array_index (learners, i))->n_items;
  g_assert_cmpuint (n_sum, ==, all->len);
  n_sum = 0;
  for (guint i = 0; i < perusteet->len; i++)
    {
      PolkuReviewChoice *choice = g_ptr_array_index (perusteet, i);

      g_assert_nonnull (choice->name);
      n_sum += choice->n_items;
    }
  g_assert_cmpuint (n_sum, ==, all->len);
}

/* A decision is recorded with who and when, leaves the waiting list, shows
 * in the history, and a recognised competence is locked until reopened with
 * a reason. */
static void
test_decide_and_reopen (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) all = list_items (fixture->store, NULL);
  PolkuReviewItemRecord *first = g_ptr_array_index (all, 0);
  PolkuReviewItemRecord *second = g_ptr_array_index (all, 1);
  gint64 learner = first->learner_id;
  gint64 requirement = first->requirement_id;
  PolkuCompetenceStatus before = first->status;
  PolkuCompetenceEdit edit = { .fields = POLKU_COMPETENCE_FIELD_EVIDENCE, .evidence = "Uusi näyttö" };
  PolkuReviewFilter decided = { .include_decided = TRUE };
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed;

  g_assert_cmpint (second->learner_id, ==, learner);

  /* More evidence: it keeps waiting, with the decision shown. */
  g_assert_true (polku_store_record_teacher_decision (fixture->store, learner, second->requirement_id,
                                                      POLKU_TEACHER_DECISION_MORE_EVIDENCE, "Kuva työstä puuttuu",
                                                      "Olli Opettaja", "Esimerkkiopisto", "2026-03-02", &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) items = list_items (fixture->store, NULL);

    g_assert_cmpuint (items->len, ==, all->len);
    g_assert_cmpint (((PolkuReviewItemRecord *) g_ptr_array_index (items, 1))->teacher_decision, ==,
                     POLKU_TEACHER_DECISION_MORE_EVIDENCE);
  }

  /* Recognised: no longer waiting; listed with the decided ones; locked. */
  n_changed = fixture->n_changed;
  g_assert_true (polku_store_record_teacher_decision (fixture->store, learner, requirement,
                                                      POLKU_TEACHER_DECISION_RECOGNISED, "Hyvä näyttö",
                                                      "Olli Opettaja", "Esimerkkiopisto", "2026-03-01", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, n_changed + 1);
  {
    g_autoptr(GPtrArray) items = list_items (fixture->store, NULL);
    g_autoptr(GPtrArray) with_decided = list_items (fixture->store, &decided);
    g_autoptr(PolkuReviewItemRecord) item = polku_store_get_review_item (fixture->store, learner, requirement, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (items->len, ==, all->len - 1);
    /* The demo has one recognised item of its own. */
    g_assert_cmpuint (with_decided->len, ==, all->len + 1);
    g_assert_cmpint (item->status, ==, POLKU_COMPETENCE_RECOGNISED);
    g_assert_cmpint (item->teacher_decision, ==, POLKU_TEACHER_DECISION_RECOGNISED);
    g_assert_cmpstr (item->teacher_name, ==, "Olli Opettaja");
    g_assert_cmpstr (item->teacher_organisation, ==, "Esimerkkiopisto");
    g_assert_cmpstr (item->decided_on, ==, "2026-03-01");
  }

  /* The coach cannot change it, nor can a bare reopening without a reason. */
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_edit_competence (fixture->store, learner, requirement, &edit,
                                                                   edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_reopen_competence (fixture->store, learner, requirement, "  ",
                                                                     "Olli Opettaja", edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_reopen_competence (fixture->store, learner, requirement, NULL,
                                                                     "Olli Opettaja", edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  /* Not even a write that bypasses the store's check gets through. */
  {
    g_autoptr(GError) sql_error = NULL;

    polku_store_query_int (fixture->store, "UPDATE competence SET evidence = 'x' WHERE status = 'recognised' "
                           "RETURNING 1", &sql_error);
    g_assert_nonnull (sql_error);
    g_assert_nonnull (strstr (sql_error->message, "locked"));
    g_assert_false (polku_store_in_transaction (fixture->store));
  }
  /* Only a recognised one can be reopened. */
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_reopen_competence (fixture->store, learner, second->requirement_id,
                                                                     "Virhe", "Olli Opettaja", edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);

  /* Reopened with a reason: back to its earlier status, waiting again, editable. */
  g_assert_true (polku_store_reopen_competence (fixture->store, learner, requirement,
                                                "Väärä tutkinnon osa", "Olli Opettaja", &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) items = list_items (fixture->store, NULL);
    g_autoptr(PolkuReviewItemRecord) item = polku_store_get_review_item (fixture->store, learner, requirement, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (items->len, ==, all->len);
    g_assert_cmpint (item->status, ==, before);
    g_assert_cmpint (item->teacher_decision, ==, POLKU_TEACHER_DECISION_NONE);
    g_assert_null (item->teacher_name);
  }
  g_assert_true (polku_store_edit_competence (fixture->store, learner, requirement, &edit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lt_query_id (fixture->store, "SELECT count(*) FROM change_log WHERE kind = 'competence reopened' "
                                "AND detail = 'Väärä tutkinnon osa'"), ==, 1);

  /* Not recognised this time. */
  g_assert_true (polku_store_record_teacher_decision (fixture->store, learner, requirement,
                                                      POLKU_TEACHER_DECISION_NOT_RECOGNISED, NULL,
                                                      "Maija Rehtori", "Esimerkkiopisto", NULL, &error));
  g_assert_no_error (error);

  /* The history of the item, oldest first, with who and when. */
  history = polku_store_list_decision_history (fixture->store, learner, requirement, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);
  {
    PolkuDecisionHistoryRecord *h0 = g_ptr_array_index (history, 0);
    PolkuDecisionHistoryRecord *h1 = g_ptr_array_index (history, 1);
    PolkuDecisionHistoryRecord *h2 = g_ptr_array_index (history, 2);
    g_autofree char *today = NULL;
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    today = g_date_time_format (now, "%Y-%m-%d");
    g_assert_cmpint (h0->event, ==, POLKU_REVIEW_EVENT_RECOGNISED);
    g_assert_cmpstr (h0->comment, ==, "Hyvä näyttö");
    g_assert_cmpstr (h0->teacher_name, ==, "Olli Opettaja");
    g_assert_cmpstr (h0->teacher_organisation, ==, "Esimerkkiopisto");
    g_assert_cmpstr (h0->decided_on, ==, "2026-03-01");
    g_assert_nonnull (h0->recorded_at);
    g_assert_nonnull (h0->text_fi);
    g_assert_cmpint (h1->event, ==, POLKU_REVIEW_EVENT_REOPENED);
    g_assert_cmpstr (h1->reason, ==, "Väärä tutkinnon osa");
    g_assert_cmpstr (h1->teacher_name, ==, "Olli Opettaja");
    g_assert_cmpint (h2->event, ==, POLKU_REVIEW_EVENT_NOT_RECOGNISED);
    g_assert_cmpstr (h2->teacher_name, ==, "Maija Rehtori");
    g_assert_cmpstr (h2->decided_on, ==, today);
    g_assert_cmpint (h2->requirement_id, ==, requirement);
  }

  /* The learner's whole history also has the other item's decision. */
  g_clear_pointer (&history, g_ptr_array_unref);
  history = polku_store_list_decision_history (fixture->store, learner, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 4);
  g_assert_cmpint (((PolkuDecisionHistoryRecord *) g_ptr_array_index (history, 0))->event, ==,
                   POLKU_REVIEW_EVENT_MORE_EVIDENCE);

  /* A wrong date changes nothing. */
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_record_teacher_decision (fixture->store, learner, requirement,
                                                                           POLKU_TEACHER_DECISION_RECOGNISED, NULL,
                                                                           "X", NULL, "2026-02-30", edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
}

/* A new decision over a recognition (the decisions import) is kept in the
 * history as a reopening too. */
static void
test_replaced_recognition (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) all = list_items (fixture->store, NULL);
  PolkuReviewItemRecord *first = g_ptr_array_index (all, 0);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (polku_store_record_teacher_decision (fixture->store, first->learner_id, first->requirement_id,
                                                      POLKU_TEACHER_DECISION_RECOGNISED, NULL, "A", NULL, NULL, &error));
  g_assert_true (polku_store_record_teacher_decision (fixture->store, first->learner_id, first->requirement_id,
                                                      POLKU_TEACHER_DECISION_MORE_EVIDENCE, NULL, "B", NULL, NULL,
                                                      &error));
  g_assert_no_error (error);
  history = polku_store_list_decision_history (fixture->store, first->learner_id, first->requirement_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_cmpint (((PolkuDecisionHistoryRecord *) g_ptr_array_index (history, 1))->event, ==,
                   POLKU_REVIEW_EVENT_REOPENED);
  g_assert_nonnull (((PolkuDecisionHistoryRecord *) g_ptr_array_index (history, 1))->reason);
  g_assert_cmpstr (((PolkuDecisionHistoryRecord *) g_ptr_array_index (history, 1))->teacher_name, ==, "B");
}

/* A batch decision on a unit: all or nothing. */
static void
test_batch (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) all = list_items (fixture->store, NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  PolkuReviewItemRecord *first = g_ptr_array_index (all, 0);
  g_autoptr(GError) error = NULL;
  gint64 gone = 0;

  for (guint i = 0; i < all->len; i++)
    {
      PolkuReviewItemRecord *item = g_ptr_array_index (all, i);

      if (item->learner_id == first->learner_id && item->unit_id == first->unit_id)
        g_array_append_val (ids, item->requirement_id);
    }
  g_assert_cmpuint (ids->len, >=, 2);

  /* One bad id (a requirement that does not exist) spoils the batch. */
  g_array_append_val (ids, gone);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_record_teacher_decisions (fixture->store, first->learner_id,
                                                                            (gint64 *) ids->data, ids->len,
                                                                            POLKU_TEACHER_DECISION_RECOGNISED, NULL,
                                                                            "Olli", "Opisto", NULL, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  g_array_set_size (ids, ids->len - 1);

  g_assert_true (polku_store_record_teacher_decisions (fixture->store, first->learner_id, (gint64 *) ids->data,
                                                       ids->len, POLKU_TEACHER_DECISION_RECOGNISED, "Koko osa",
                                                       "Olli", "Opisto", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lt_query_id (fixture->store, "SELECT count(*) FROM competence_decision WHERE comment = 'Koko osa'"),
                   ==, ids->len);
  {
    g_autoptr(GPtrArray) items = list_items (fixture->store, NULL);

    g_assert_cmpuint (items->len, ==, all->len - ids->len);
  }
}

/* The list model follows the store and its filter. */
static void
test_model (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(PolkuReviewList) list = polku_review_list_new (fixture->store);
  g_autoptr(PolkuReviewItem) item = NULL;
  PolkuReviewFilter filter = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *criteria = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  gint64 competence_id;

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (polku_review_list_get_n_waiting (list), ==, n);

  /* Find one with a level, to see its criteria. */
  for (guint i = 0; i < n && item == NULL; i++)
    {
      g_autoptr(PolkuReviewItem) candidate = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (polku_review_item_get_record (candidate)->level_id != 0)
        item = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (item);
  criteria = polku_review_item_dup_criteria_text (item, fixture->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (criteria);
  g_assert_cmpuint (strlen (criteria), >, 10);
  g_assert_nonnull (polku_review_item_get_level_label (item, FALSE));
  {
    g_autofree char *title = polku_review_item_dup_unit_title (item, FALSE);

    g_assert_nonnull (strstr (title, polku_review_item_get_record (item)->unit_nimi_fi));
  }

  competence_id = polku_review_item_get_competence_id (item);
  g_assert_true (polku_store_record_teacher_decision (fixture->store, polku_review_item_get_learner_id (item),
                                                      polku_review_item_get_requirement_id (item),
                                                      POLKU_TEACHER_DECISION_RECOGNISED, NULL, "Olli", NULL, NULL,
                                                      &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n - 1);
  g_assert_null (polku_review_list_find (list, competence_id));

  filter.include_decided = TRUE;
  polku_review_list_set_filter (list, &filter);
  /* … and the one the demo recognised. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n + 1);
  g_assert_cmpuint (polku_review_list_get_n_waiting (list), ==, n - 1);
  g_assert_true (polku_review_item_get_locked (polku_review_list_find (list, competence_id)));

  filter.learner_id = polku_review_item_get_learner_id (item);
  polku_review_list_set_filter (list, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <, n);
}

/* Follows a model's items-changed like a view does. */
static void
shadow_items_changed_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         GArray     *shadow)
{
  g_array_remove_range (shadow, position, removed);
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(PolkuReviewItem) item = g_list_model_get_item (model, position + i);
      gint64 id = polku_review_item_get_competence_id (item);

      g_array_insert_val (shadow, position + i, id);
    }
}

static void
assert_shadow (PolkuStore *store,
               GListModel *model,
               GArray     *shadow)
{
  g_autoptr(GPtrArray) all = list_items (store, NULL);

  g_assert_cmpuint (shadow->len, ==, all->len);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all->len);
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpint (g_array_index (shadow, gint64, i), ==,
                     ((PolkuReviewItemRecord *) g_ptr_array_index (all, i))->competence_id);
}

/* The model reads one learner's items at a time, when they are asked for,
 * and keeps a bounded number: its count is right without reading them all. */
static void
test_model_lazy (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PolkuReviewList) list = NULL;
  g_autoptr(GPtrArray) all = list_items (fixture->store, NULL);
  g_autoptr(GArray) groups = NULL;
  g_autoptr(GError) error = NULL;
  PolkuReviewItemRecord *last;
  guint n, n_groups_items = 0;

  list = polku_review_list_new (fixture->store);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, ==, all->len);
  g_assert_cmpuint (polku_review_list_get_n_waiting (list), ==, all->len);
  /* Nothing is read before a view asks. */
  g_assert_cmpuint (polku_review_list_get_n_loaded (list), ==, 0);

  groups = polku_store_list_review_groups (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, >, 1);
  for (guint i = 0; i < groups->len; i++)
    n_groups_items += g_array_index (groups, PolkuReviewGroup, i).n_items;
  g_assert_cmpuint (n_groups_items, ==, n);

  /* The last item reads only its learner's items, and they are the ones the
   * full query lists there, in the same order. */
  {
    g_autoptr(PolkuReviewItem) item = g_list_model_get_item (G_LIST_MODEL (list), n - 1);

    last = g_ptr_array_index (all, all->len - 1);
    g_assert_cmpint (polku_review_item_get_competence_id (item), ==, last->competence_id);
    g_assert_cmpuint (polku_review_list_get_n_loaded (list), ==,
                      g_array_index (groups, PolkuReviewGroup, groups->len - 1).n_items);
    g_assert_cmpuint (polku_review_list_get_n_loaded (list), <, n);
  }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuReviewItem) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_cmpint (polku_review_item_get_competence_id (item), ==,
                       ((PolkuReviewItemRecord *) g_ptr_array_index (all, i))->competence_id);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), n));

  /* An edit elsewhere keeps the objects read (a view keeps its rows). */
  {
    g_autoptr(PolkuReviewItem) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(PolkuReviewItem) again = NULL;
    g_autoptr(PolkuReviewItem) last_item = g_list_model_get_item (G_LIST_MODEL (list), n - 1);

    g_assert_true (polku_store_record_teacher_decision (fixture->store, last->learner_id, last->requirement_id,
                                                        POLKU_TEACHER_DECISION_RECOGNISED, NULL, "Olli", NULL, NULL,
                                                        &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n - 1);
    again = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_assert_true (again == first);
    g_assert_cmpuint (polku_review_list_get_n_waiting (list), ==, n - 1);
  }

  /* What a view sees through items-changed stays the list, whichever
   * learner's items change. */
  {
    g_autoptr(GArray) shadow = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autoptr(GPtrArray) now = list_items (fixture->store, NULL);
    PolkuReviewItemRecord *picks[2];

    for (guint i = 0; i < now->len; i++)
      g_array_append_val (shadow, ((PolkuReviewItemRecord *) g_ptr_array_index (now, i))->competence_id);
    g_signal_connect (list, "items-changed", G_CALLBACK (shadow_items_changed_cb), shadow);

    picks[0] = g_ptr_array_index (now, 0);
    picks[1] = g_ptr_array_index (now, now->len / 2);
    for (guint p = 0; p < G_N_ELEMENTS (picks); p++)
      {
        g_assert_true (polku_store_record_teacher_decision (fixture->store, picks[p]->learner_id,
                                                            picks[p]->requirement_id,
                                                            POLKU_TEACHER_DECISION_NOT_RECOGNISED, "Ei", "Olli",
                                                            NULL, NULL, &error));
        g_assert_no_error (error);
        assert_shadow (fixture->store, G_LIST_MODEL (list), shadow);
      }
    g_signal_handlers_disconnect_by_func (list, shadow_items_changed_cb, shadow);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/review/list", Fixture, NULL, setup_demo, test_list, lt_fixture_teardown);
  g_test_add ("/review/decide-and-reopen", Fixture, NULL, setup_demo, test_decide_and_reopen, lt_fixture_teardown);
  g_test_add ("/review/replaced-recognition", Fixture, NULL, setup_demo, test_replaced_recognition,
              lt_fixture_teardown);
  g_test_add ("/review/batch", Fixture, NULL, setup_demo, test_batch, lt_fixture_teardown);
  g_test_add ("/review/model", Fixture, NULL, setup_demo, test_model, lt_fixture_teardown);
  g_test_add ("/review/model-lazy", Fixture, NULL, setup_demo, test_model_lazy, lt_fixture_teardown);

  status = g_test_run ();
  lt_remove_templates ();
  return status;
}
