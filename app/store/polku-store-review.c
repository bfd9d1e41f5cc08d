/* polku-store-review.c: the teacher review: what waits for the education
 * provider's decision, the decision history, reopening.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-review"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-store-learners-private.h"
#include "polku-store-review.h"

/* Records */

void
polku_review_item_record_free (PolkuReviewItemRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->learner_name);
  g_free (record->student_number);
  g_free (record->provider_name);
  g_free (record->peruste_nimi_fi);
  g_free (record->peruste_nimi_sv);
  g_free (record->diaarinumero);
  g_free (record->unit_nimi_fi);
  g_free (record->unit_nimi_sv);
  g_free (record->unit_code);
  g_free (record->osa_alue_nimi_fi);
  g_free (record->osa_alue_nimi_sv);
  g_free (record->kohdealue_fi);
  g_free (record->kohdealue_sv);
  g_free (record->text_fi);
  g_free (record->text_sv);
  g_free (record->level_fi);
  g_free (record->level_sv);
  g_free (record->own_view);
  g_free (record->observation);
  g_free (record->evidence);
  g_free (record->shown_on);
  g_free (record->observed_by);
  g_clear_pointer (&record->task_titles, g_ptr_array_unref);
  g_free (record->teacher_comment);
  g_free (record->teacher_name);
  g_free (record->teacher_organisation);
  g_free (record->decided_on);
  g_free (record);
}

void
polku_decision_history_record_free (PolkuDecisionHistoryRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->comment);
  g_free (record->teacher_name);
  g_free (record->teacher_organisation);
  g_free (record->decided_on);
  g_free (record->reason);
  g_free (record->recorded_at);
  g_free (record->text_fi);
  g_free (record->text_sv);
  g_free (record->unit_nimi_fi);
  g_free (record->unit_nimi_sv);
  g_free (record);
}

void
polku_review_choice_free (PolkuReviewChoice *choice)
{
  if (choice == NULL)
    return;

  g_free (choice->name);
  g_free (choice->name_sv);
  g_free (choice);
}

const char *
polku_review_event_to_string (PolkuReviewEvent event)
{
  switch (event)
    {
    case POLKU_REVIEW_EVENT_RECOGNISED:
      return "recognised";
    case POLKU_REVIEW_EVENT_NOT_RECOGNISED:
      return "not_recognised";
    case POLKU_REVIEW_EVENT_MORE_EVIDENCE:
      return "more_evidence";
    case POLKU_REVIEW_EVENT_REOPENED:
      return "reopened";
    default:
      g_return_val_if_reached (NULL);
    }
}

static PolkuReviewEvent
event_from_string (const char *text)
{
  if (g_strcmp0 (text, "recognised") == 0)
    return POLKU_REVIEW_EVENT_RECOGNISED;
  if (g_strcmp0 (text, "not_recognised") == 0)
    return POLKU_REVIEW_EVENT_NOT_RECOGNISED;
  if (g_strcmp0 (text, "more_evidence") == 0)
    return POLKU_REVIEW_EVENT_MORE_EVIDENCE;
  return POLKU_REVIEW_EVENT_REOPENED;
}

const char *
polku_review_event_get_label (PolkuReviewEvent event)
{
  switch (event)
    {
    case POLKU_REVIEW_EVENT_RECOGNISED:
      return _("Recognised");
    case POLKU_REVIEW_EVENT_NOT_RECOGNISED:
      return _("Not recognised");
    case POLKU_REVIEW_EVENT_MORE_EVIDENCE:
      return _("Needs more evidence");
    case POLKU_REVIEW_EVENT_REOPENED:
      return _("Reopened");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Reading */

/* A learner's education provider: their own (a student's), else the latest
 * period's. */
#define PROVIDER_OF_LEARNER \
  "COALESCE(l.provider_id, (SELECT lp.provider_id FROM learner_period lp " \
  "  WHERE lp.learner_id = l.learner_id AND lp.provider_id IS NOT NULL " \
  "  ORDER BY lp.starts_on DESC, lp.period_id DESC LIMIT 1))"

/* Identified or demonstrated and not decided, or sent back for more evidence:
 * the two terms of the index competence_waiting (0005-review.sql), so that a
 * query with WAITING_TERMS among its AND terms reads only the index. */
#define WAITING_TERMS \
  "c.status IN ('identified', 'demonstrated') AND " \
  "(c.teacher_decision IS NULL OR c.teacher_decision = 'more_evidence')"
#define WAITING "(" WAITING_TERMS ")"

#define REVIEW_SQL \
  "SELECT c.competence_id, c.learner_id, c.requirement_id, r.unit_id, u.peruste_id, " \
  "       COALESCE(pv.provider_id, 0), " \
  "       trim(COALESCE(NULLIF(l.preferred_name, ''), l.first_names) || ' ' || COALESCE(l.last_name, '')), " \
  "       l.student_number, pv.name, p.nimi_fi, p.nimi_sv, p.diaarinumero, u.nimi_fi, u.nimi_sv, " \
  "       u.koodi_arvo, o.nimi_fi, o.nimi_sv, r.kohdealue_fi, r.kohdealue_sv, r.text_fi, r.text_sv, r.ord, " \
  "       c.status, c.level_id, sl.label_fi, sl.label_sv, c.own_view, c.observation, c.evidence, " \
  "       c.shown_on, c.observed_by, c.teacher_decision, c.teacher_comment, c.teacher_name, " \
  "       c.teacher_organisation, c.decided_on, " \
  "       (SELECT group_concat(title, char(10)) FROM (SELECT t.title FROM competence_task ct " \
  "          JOIN task t ON t.task_id = ct.task_id WHERE ct.competence_id = c.competence_id " \
  "          ORDER BY t.workshop_id, t.ord, t.task_id)) " \
  "  FROM competence c " \
  "  JOIN learner l ON l.learner_id = c.learner_id " \
  "  JOIN requirement r ON r.requirement_id = c.requirement_id " \
  "  JOIN unit u ON u.unit_id = r.unit_id " \
  "  JOIN peruste p ON p.peruste_id = u.peruste_id " \
  "  LEFT JOIN osa_alue o ON o.osa_alue_id = r.osa_alue_id " \
  "  LEFT JOIN scale_level sl ON sl.level_id = c.level_id " \
  "  LEFT JOIN provider pv ON pv.provider_id = " PROVIDER_OF_LEARNER " "

#define REVIEW_ORDER \
  " ORDER BY l.last_name COLLATE NOCASE, l.first_names COLLATE NOCASE, l.learner_id, u.nimi_fi, u.unit_id, " \
  "          r.osa_alue_id IS NOT NULL, o.ord, r.osa_alue_id, r.kohdealue_ord, r.ord, r.requirement_id"

static PolkuReviewItemRecord *
item_from_row (sqlite3_stmt *stmt)
{
  PolkuReviewItemRecord *record = g_new0 (PolkuReviewItemRecord, 1);
  const char *tasks;

  record->competence_id = sqlite3_column_int64 (stmt, 0);
  record->learner_id = sqlite3_column_int64 (stmt, 1);
  record->requirement_id = sqlite3_column_int64 (stmt, 2);
  record->unit_id = sqlite3_column_int64 (stmt, 3);
  record->peruste_id = sqlite3_column_int64 (stmt, 4);
  record->provider_id = sqlite3_column_int64 (stmt, 5);
  record->learner_name = _polku_column_dup (stmt, 6);
  record->student_number = _polku_column_dup (stmt, 7);
  record->provider_name = _polku_column_dup (stmt, 8);
  record->peruste_nimi_fi = _polku_column_dup (stmt, 9);
  record->peruste_nimi_sv = _polku_column_dup (stmt, 10);
  record->diaarinumero = _polku_column_dup (stmt, 11);
  record->unit_nimi_fi = _polku_column_dup (stmt, 12);
  record->unit_nimi_sv = _polku_column_dup (stmt, 13);
  record->unit_code = _polku_column_dup (stmt, 14);
  record->osa_alue_nimi_fi = _polku_column_dup (stmt, 15);
  record->osa_alue_nimi_sv = _polku_column_dup (stmt, 16);
  record->kohdealue_fi = _polku_column_dup (stmt, 17);
  record->kohdealue_sv = _polku_column_dup (stmt, 18);
  record->text_fi = _polku_column_dup (stmt, 19);
  record->text_sv = _polku_column_dup (stmt, 20);
  record->ord = sqlite3_column_int (stmt, 21);
  polku_competence_status_from_string ((const char *) sqlite3_column_text (stmt, 22), &record->status);
  record->level_id = sqlite3_column_int (stmt, 23);
  record->level_fi = _polku_column_dup (stmt, 24);
  record->level_sv = _polku_column_dup (stmt, 25);
  record->own_view = _polku_column_dup (stmt, 26);
  record->observation = _polku_column_dup (stmt, 27);
  record->evidence = _polku_column_dup (stmt, 28);
  record->shown_on = _polku_column_dup (stmt, 29);
  record->observed_by = _polku_column_dup (stmt, 30);
  record->teacher_decision = _polku_ln_decision_from_string ((const char *) sqlite3_column_text (stmt, 31));
  record->teacher_comment = _polku_column_dup (stmt, 32);
  record->teacher_name = _polku_column_dup (stmt, 33);
  record->teacher_organisation = _polku_column_dup (stmt, 34);
  record->decided_on = _polku_column_dup (stmt, 35);

  record->task_titles = g_ptr_array_new_with_free_func (g_free);
  tasks = (const char *) sqlite3_column_text (stmt, 36);
  if (tasks != NULL)
    {
      g_auto(GStrv) titles = g_strsplit (tasks, "\n", -1);

      for (guint i = 0; titles[i] != NULL; i++)
        g_ptr_array_add (record->task_titles, g_steal_pointer (&titles[i]));
    }

  return record;
}

/* Which items: waiting, or also decided ones; one learner's (archived or not:
 * asked for by name), or every learner's who is not archived. An archived
 * learner has left the workshop, so what they left undecided does not wait
 * for a teacher any more (and would otherwise swamp the review after a few
 * years); choosing the learner in the filter still shows it. */
#define DECIDED_TERMS "(" WAITING " OR c.teacher_decision IS NOT NULL)"
#define LEARNER_ONE " AND c.learner_id = ?3 "
#define LEARNER_ACTIVE " AND l.archived = 0 "
#define REVIEW_FILTERS \
  "   AND (?1 = 0 OR pv.provider_id = ?1) " \
  "   AND (?2 = 0 OR u.peruste_id = ?2) "

/**
 * polku_store_list_review_items:
 * @filter: (nullable): which items; %NULL: every item waiting for a decision
 *
 * The competences waiting for the education provider's decision (identified
 * or demonstrated with no decision yet, or sent back for more evidence),
 * across learners who are not archived (with @filter->learner_id: that
 * learner's, archived or not), by learner, unit and requirement. With
 * @filter->include_decided also those decided (recognised, not recognised).
 *
 * This reads every item at once: a view of all learners should page through
 * polku_store_list_review_groups() instead (as PolkuReviewList does).
 *
 * Returns: (transfer container) (element-type PolkuReviewItemRecord)
 */
GPtrArray *
polku_store_list_review_items (PolkuStore               *self,
                               const PolkuReviewFilter  *filter,
                               GError                  **error)
{
  /* The learner term is spelt out, not "?3 = 0 OR …", so that SQLite looks
   * one learner up in the index instead of reading all of it. */
  static const char * const sql[2][2] = {
    { REVIEW_SQL " WHERE " WAITING_TERMS LEARNER_ACTIVE REVIEW_FILTERS REVIEW_ORDER,
      REVIEW_SQL " WHERE " WAITING_TERMS LEARNER_ONE REVIEW_FILTERS REVIEW_ORDER },
    { REVIEW_SQL " WHERE " DECIDED_TERMS LEARNER_ACTIVE REVIEW_FILTERS REVIEW_ORDER,
      REVIEW_SQL " WHERE " DECIDED_TERMS LEARNER_ONE REVIEW_FILTERS REVIEW_ORDER },
  };
  PolkuReviewFilter all = { 0 };
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  if (filter == NULL)
    filter = &all;

  stmt = _polku_store_prepare (self, sql[filter->include_decided != FALSE][filter->learner_id != 0], error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, filter->provider_id);
  sqlite3_bind_int64 (stmt, 2, filter->peruste_id);
  if (filter->learner_id != 0)
    sqlite3_bind_int64 (stmt, 3, filter->learner_id);

  return _polku_ln_collect_rows (self, stmt, (PolkuLnFromRow) item_from_row,
                                 (GDestroyNotify) polku_review_item_record_free, error);
}

/* Per learner, counted in the learner's own part of an index (a correlated
 * count per learner is ~20× faster than a join over the whole index). */
#define GROUP_COUNT(terms) \
  "(SELECT count(*) FROM competence c JOIN requirement r ON r.requirement_id = c.requirement_id " \
  "   JOIN unit u ON u.unit_id = r.unit_id " \
  "  WHERE c.learner_id = l.learner_id AND " terms " AND (?2 = 0 OR u.peruste_id = ?2))"
#define GROUP_COUNT_FAST(terms) \
  "(SELECT count(*) FROM competence c WHERE c.learner_id = l.learner_id AND " terms ")"
#define GROUP_SQL(n_items, n_waiting) \
  "SELECT learner_id, n_items, COALESCE(n_waiting, n_items) FROM (" \
  " SELECT l.learner_id, l.last_name, l.first_names, " n_items " AS n_items, " n_waiting " AS n_waiting " \
  "   FROM learner l " \
  "  WHERE (?3 = 0 AND l.archived = 0 OR l.learner_id = ?3) " \
  "    AND (?1 = 0 OR " PROVIDER_OF_LEARNER " = ?1)) " \
  " WHERE n_items > 0 " \
  " ORDER BY last_name COLLATE NOCASE, first_names COLLATE NOCASE, learner_id"

/**
 * polku_store_list_review_groups:
 * @filter: (nullable): as for polku_store_list_review_items()
 *
 * The learners that polku_store_list_review_items() would list, in its order,
 * with how many items each has: enough to page through the review one learner
 * at a time without reading the items.
 *
 * Returns: (transfer full) (element-type PolkuReviewGroup)
 */
GArray *
polku_store_list_review_groups (PolkuStore               *self,
                                const PolkuReviewFilter  *filter,
                                GError                  **error)
{
  /* Without the qualification filter the counts need not join the catalogue. */
  static const char * const sql[2][2] = {
    { GROUP_SQL (GROUP_COUNT_FAST (WAITING_TERMS), "NULL"),
      GROUP_SQL (GROUP_COUNT (WAITING_TERMS), "NULL") },
    { GROUP_SQL (GROUP_COUNT_FAST (DECIDED_TERMS), GROUP_COUNT_FAST (WAITING_TERMS)),
      GROUP_SQL (GROUP_COUNT (DECIDED_TERMS), GROUP_COUNT (WAITING_TERMS)) },
  };
  PolkuReviewFilter all = { 0 };
  g_autoptr(GArray) groups = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  if (filter == NULL)
    filter = &all;

  stmt = _polku_store_prepare (self, sql[filter->include_decided != FALSE][filter->peruste_id != 0], error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, filter->provider_id);
  sqlite3_bind_int64 (stmt, 2, filter->peruste_id);
  sqlite3_bind_int64 (stmt, 3, filter->learner_id);

  groups = g_array_new (FALSE, TRUE, sizeof (PolkuReviewGroup));
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      PolkuReviewGroup group = {
        .learner_id = sqlite3_column_int64 (stmt, 0),
        .n_items = (guint) sqlite3_column_int64 (stmt, 1),
        .n_waiting = (guint) sqlite3_column_int64 (stmt, 2),
      };

      g_array_append_val (groups, group);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&groups);
}

/**
 * polku_store_get_competence_learner:
 *
 * Returns: the learner of a competence record, or 0 when there is none
 */
gint64
polku_store_get_competence_learner (PolkuStore  *self,
                                    gint64       competence_id,
                                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 learner_id = 0;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);

  stmt = _polku_store_prepare (self, "SELECT learner_id FROM competence WHERE competence_id = ?1", error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, competence_id);
  if (_polku_ln_step_row (self, stmt, &local_error))
    learner_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return learner_id;
}

/**
 * polku_store_get_review_item:
 *
 * One learner's competence as the review shows it, whatever its status.
 *
 * Returns: (transfer full): the item, or %NULL with
 *   %POLKU_STORE_ERROR_NOT_FOUND when there is no record of it
 */
PolkuReviewItemRecord *
polku_store_get_review_item (PolkuStore  *self,
                             gint64       learner_id,
                             gint64       requirement_id,
                             GError     **error)
{
  PolkuReviewItemRecord *record;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self, REVIEW_SQL " WHERE c.learner_id = ?1 AND c.requirement_id = ?2", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, requirement_id);
  if (!_polku_ln_step_one (self, stmt, _("The learner has no record of this competence."), error))
    return NULL;

  record = item_from_row (stmt);
  sqlite3_reset (stmt);
  return record;
}

static GPtrArray *
list_choices (PolkuStore  *self,
              const char  *sql,
              gboolean     with_sv,
              GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_review_choice_free);
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      PolkuReviewChoice *choice = g_new0 (PolkuReviewChoice, 1);

      choice->id = sqlite3_column_int64 (stmt, 0);
      choice->name = _polku_column_dup (stmt, 1);
      if (with_sv)
        choice->name_sv = _polku_column_dup (stmt, 2);
      choice->n_items = (guint) sqlite3_column_int (stmt, 3);
      g_ptr_array_add (rows, choice);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/* The learners who are not archived and have items in the review (waiting or
 * decided), as in polku_store_list_review_items(). */
#define ACTIVE_IN_REVIEW \
  "l.archived = 0 AND EXISTS (SELECT 1 FROM competence c WHERE c.learner_id = l.learner_id " \
  "   AND c.status IN ('identified', 'demonstrated', 'recognised'))"
#define WAITING_OF_LEARNER \
  "(SELECT count(*) FROM competence c WHERE c.learner_id = l.learner_id AND " WAITING_TERMS ")"

/**
 * polku_store_list_review_providers:
 *
 * The education providers of learners (not archived) with items in the
 * review (waiting or decided), by name; n_items counts those waiting.
 *
 * Returns: (transfer container) (element-type PolkuReviewChoice)
 */
GPtrArray *
polku_store_list_review_providers (PolkuStore  *self,
                                   GError     **error)
{
  return list_choices (self,
                       "SELECT pv.provider_id, pv.name, NULL, sum(x.n) "
                       "  FROM (SELECT " PROVIDER_OF_LEARNER " AS provider_id, " WAITING_OF_LEARNER " AS n "
                       "          FROM learner l WHERE " ACTIVE_IN_REVIEW ") x "
                       "  JOIN provider pv ON pv.provider_id = x.provider_id "
                       " GROUP BY 1 ORDER BY 2 COLLATE NOCASE",
                       FALSE, error);
}

/**
 * polku_store_list_review_perusteet:
 *
 * The qualifications of items in the review (learners not archived), by
 * Finnish name.
 *
 * Returns: (transfer container) (element-type PolkuReviewChoice)
 */
GPtrArray *
polku_store_list_review_perusteet (PolkuStore  *self,
                                   GError     **error)
{
  return list_choices (self,
                       "SELECT p.peruste_id, COALESCE(p.nimi_fi, p.nimi_sv, p.diaarinumero), p.nimi_sv, "
                       "       sum(" WAITING ") "
                       "  FROM competence c JOIN requirement r ON r.requirement_id = c.requirement_id "
                       "  JOIN unit u ON u.unit_id = r.unit_id JOIN peruste p ON p.peruste_id = u.peruste_id "
                       " WHERE c.learner_id IN (SELECT learner_id FROM learner WHERE archived = 0) "
                       "   AND c.status IN ('identified', 'demonstrated', 'recognised') "
                       " GROUP BY 1 ORDER BY 2 COLLATE NOCASE",
                       TRUE, error);
}

/**
 * polku_store_list_review_learners:
 *
 * The learners (not archived) with items in the review, by last name.
 *
 * Returns: (transfer container) (element-type PolkuReviewChoice)
 */
GPtrArray *
polku_store_list_review_learners (PolkuStore  *self,
                                  GError     **error)
{
  return list_choices (self,
                       "SELECT l.learner_id, "
                       "       trim(COALESCE(NULLIF(l.preferred_name, ''), l.first_names) || ' ' || "
                       "            COALESCE(l.last_name, '')), NULL, " WAITING_OF_LEARNER
                       "  FROM learner l WHERE " ACTIVE_IN_REVIEW
                       " ORDER BY l.last_name COLLATE NOCASE, l.first_names COLLATE NOCASE, l.learner_id",
                       FALSE, error);
}

/**
 * polku_store_count_review_waiting:
 *
 * How many items wait for a decision: those that polku_store_list_review_items()
 * lists without a filter (archived learners left out).
 */
guint
polku_store_count_review_waiting (PolkuStore  *self,
                                  GError     **error)
{
  return polku_store_count_review_waiting_capped (self, G_MAXINT, error);
}

/**
 * polku_store_count_review_waiting_capped:
 * @cap: where to stop counting
 *
 * polku_store_count_review_waiting(), but at most @cap: enough for a badge
 * ("999+"), and it stops reading once it has counted @cap items.
 */
guint
polku_store_count_review_waiting_capped (PolkuStore  *self,
                                         guint        cap,
                                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 n = 0;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);

  /* Learner by learner, each in its own part of the index competence_waiting
   * (4 ms for the first 1000 on the large bench database): a join here makes
   * SQLite build a Bloom filter over all of the index (60 ms). */
  stmt = _polku_store_prepare (self,
                               "SELECT count(*) FROM (SELECT 1 FROM competence c "
                               " WHERE c.learner_id IN (SELECT learner_id FROM learner WHERE archived = 0) "
                               "   AND " WAITING_TERMS " LIMIT ?1)",
                               error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, MIN (cap, (guint) G_MAXINT));
  if (_polku_ln_step_row (self, stmt, &local_error))
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return (guint) CLAMP (n, 0, G_MAXINT);
}

/* Writing */

gboolean
_polku_store_review_add_history (PolkuStore        *self,
                                 gint64             competence_id,
                                 PolkuReviewEvent   event,
                                 const char        *comment,
                                 const char        *teacher_name,
                                 const char        *teacher_organisation,
                                 const char        *decided_on,
                                 const char        *reason,
                                 GError           **error)
{
  sqlite3_stmt *stmt;

  stmt = _polku_store_prepare (self,
                               "INSERT INTO competence_decision (competence_id, decision, comment, teacher_name, "
                               "  teacher_organisation, decided_on, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, competence_id);
  _polku_bind_text (stmt, 2, polku_review_event_to_string (event));
  _polku_ln_bind_clean (stmt, 3, comment);
  _polku_ln_bind_clean (stmt, 4, teacher_name);
  _polku_ln_bind_clean (stmt, 5, teacher_organisation);
  _polku_ln_bind_clean (stmt, 6, decided_on);
  _polku_ln_bind_clean (stmt, 7, reason);
  return _polku_store_step_done (self, stmt, error);
}

/**
 * polku_store_record_teacher_decisions:
 * @requirement_ids: (array length=n_requirement_ids): the learner's requirements
 *
 * polku_store_record_teacher_decision() for several items of one learner in
 * one transaction (a batch decision on a unit): all are recorded or none.
 */
gboolean
polku_store_record_teacher_decisions (PolkuStore            *self,
                                      gint64                 learner_id,
                                      const gint64          *requirement_ids,
                                      guint                  n_requirement_ids,
                                      PolkuTeacherDecision   decision,
                                      const char            *comment,
                                      const char            *teacher_name,
                                      const char            *teacher_organisation,
                                      const char            *decided_on,
                                      GError               **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_requirement_ids == 0 || requirement_ids != NULL, FALSE);
  g_return_val_if_fail (decision > POLKU_TEACHER_DECISION_NONE &&
                        decision <= POLKU_TEACHER_DECISION_MORE_EVIDENCE, FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  for (guint i = 0; ok && i < n_requirement_ids; i++)
    ok = polku_store_record_teacher_decision (self, learner_id, requirement_ids[i], decision, comment,
                                              teacher_name, teacher_organisation, decided_on, error);

  return _polku_ln_end (self, ok, error);
}

/**
 * polku_store_reopen_competence:
 * @reason: why the recognition is reopened; required
 * @by: (nullable): who reopens it
 *
 * Reopens a recognised competence: it goes back to the status it had before
 * the recognition (identified or demonstrated), the decision is cleared so
 * that it waits for a new one, and the reopening with its reason is kept in
 * the decision history and the change log.
 */
gboolean
polku_store_reopen_competence (PolkuStore  *self,
                               gint64       learner_id,
                               gint64       requirement_id,
                               const char  *reason,
                               const char  *by,
                               GError     **error)
{
  g_autoptr(PolkuCompetenceRecord) current = NULL;
  g_autofree char *today = _polku_ln_today ();
  g_autofree char *subject = NULL;
  g_autofree char *previous = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ln_require_text (reason, _("Say why the recognised competence is reopened."), error))
    return FALSE;

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = _polku_ln_check_learner (self, learner_id, error);
  if (ok)
    {
      current = polku_store_get_competence (self, learner_id, requirement_id, error);
      ok = current != NULL;
    }

  if (ok && current->status != POLKU_COMPETENCE_RECOGNISED)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("Only a recognised competence can be reopened."));
      ok = FALSE;
    }

  /* The status it had before it was recognised. */
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "SELECT old_status FROM competence_history WHERE competence_id = ?1 "
                                   "   AND new_status = 'recognised' ORDER BY history_id DESC LIMIT 1",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      g_autoptr(GError) local_error = NULL;

      sqlite3_bind_int64 (stmt, 1, current->competence_id);
      if (_polku_ln_step_row (self, stmt, &local_error))
        previous = _polku_column_dup (stmt, 0);
      sqlite3_reset (stmt);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          ok = FALSE;
        }
      if (g_strcmp0 (previous, "demonstrated") != 0)
        {
          g_free (previous);
          previous = g_strdup ("identified");
        }
    }

  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "UPDATE competence SET status = ?2, teacher_decision = NULL, "
                                   "teacher_comment = NULL, teacher_name = NULL, teacher_organisation = NULL, "
                                   "decided_on = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                   "WHERE competence_id = ?1",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, current->competence_id);
      _polku_bind_text (stmt, 2, previous);
      ok = _polku_store_step_done (self, stmt, error);
    }

  if (ok)
    ok = _polku_store_review_add_history (self, current->competence_id, POLKU_REVIEW_EVENT_REOPENED, NULL,
                                          by, NULL, today, reason, error);

  if (ok)
    {
      subject = g_strdup_printf ("competence:%" G_GINT64_FORMAT, current->competence_id);
      ok = polku_store_log_change (self, "competence reopened", subject, reason, error);
    }

  return _polku_ln_end (self, ok, error);
}

/**
 * polku_store_list_decision_history:
 * @requirement_id: one requirement, or 0 for all of the learner's
 *
 * Every decision and reopening recorded for the learner, oldest first, with
 * who and when.
 *
 * Returns: (transfer container) (element-type PolkuDecisionHistoryRecord)
 */
GPtrArray *
polku_store_list_decision_history (PolkuStore  *self,
                                   gint64       learner_id,
                                   gint64       requirement_id,
                                   GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT d.decision_id, d.competence_id, c.learner_id, c.requirement_id, r.unit_id, "
                               "       d.decision, d.comment, d.teacher_name, d.teacher_organisation, d.decided_on, "
                               "       d.reason, d.recorded_at, r.text_fi, r.text_sv, u.nimi_fi, u.nimi_sv "
                               "  FROM competence_decision d "
                               "  JOIN competence c ON c.competence_id = d.competence_id "
                               "  JOIN requirement r ON r.requirement_id = c.requirement_id "
                               "  JOIN unit u ON u.unit_id = r.unit_id "
                               " WHERE c.learner_id = ?1 AND (?2 = 0 OR c.requirement_id = ?2) "
                               " ORDER BY d.decision_id",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, requirement_id);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_decision_history_record_free);
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      PolkuDecisionHistoryRecord *record = g_new0 (PolkuDecisionHistoryRecord, 1);

      record->decision_id = sqlite3_column_int64 (stmt, 0);
      record->competence_id = sqlite3_column_int64 (stmt, 1);
      record->learner_id = sqlite3_column_int64 (stmt, 2);
      record->requirement_id = sqlite3_column_int64 (stmt, 3);
      record->unit_id = sqlite3_column_int64 (stmt, 4);
      record->event = event_from_string ((const char *) sqlite3_column_text (stmt, 5));
      record->comment = _polku_column_dup (stmt, 6);
      record->teacher_name = _polku_column_dup (stmt, 7);
      record->teacher_organisation = _polku_column_dup (stmt, 8);
      record->decided_on = _polku_column_dup (stmt, 9);
      record->reason = _polku_column_dup (stmt, 10);
      record->recorded_at = _polku_column_dup (stmt, 11);
      record->text_fi = _polku_column_dup (stmt, 12);
      record->text_sv = _polku_column_dup (stmt, 13);
      record->unit_nimi_fi = _polku_column_dup (stmt, 14);
      record->unit_nimi_sv = _polku_column_dup (stmt, 15);
      g_ptr_array_add (rows, record);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&rows);
}
