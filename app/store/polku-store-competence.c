/* polku-store-competence.c: competence identification, requirement by
 * requirement: status, the learner's own view, the coach's observation, the
 * level with its date and evidence, the tasks that showed it, and history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-competence"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-store-learners-private.h"
#include "polku-store-review.h"

#define REQUIREMENT_GONE _("The requirement is no longer in the catalogue.")

/* Records */

void
polku_competence_record_free (PolkuCompetenceRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->own_view);
  g_free (record->observation);
  g_free (record->shown_on);
  g_free (record->evidence);
  g_free (record->observed_by);
  g_free (record->teacher_comment);
  g_free (record->teacher_name);
  g_free (record->teacher_organisation);
  g_free (record->decided_on);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_clear_pointer (&record->task_ids, g_array_unref);
  g_clear_pointer (&record->task_titles, g_ptr_array_unref);
  g_free (record->osa_alue_nimi_fi);
  g_free (record->osa_alue_nimi_sv);
  g_free (record->objective_kind);
  g_free (record->kohdealue_fi);
  g_free (record->kohdealue_sv);
  g_free (record->text_fi);
  g_free (record->text_sv);
  g_free (record->koodi_uri);
  g_free (record);
}

PolkuCompetenceRecord *
polku_competence_record_copy (const PolkuCompetenceRecord *record)
{
  PolkuCompetenceRecord *copy;

  if (record == NULL)
    return NULL;

  copy = g_memdup2 (record, sizeof *record);
  copy->own_view = g_strdup (record->own_view);
  copy->observation = g_strdup (record->observation);
  copy->shown_on = g_strdup (record->shown_on);
  copy->evidence = g_strdup (record->evidence);
  copy->observed_by = g_strdup (record->observed_by);
  copy->teacher_comment = g_strdup (record->teacher_comment);
  copy->teacher_name = g_strdup (record->teacher_name);
  copy->teacher_organisation = g_strdup (record->teacher_organisation);
  copy->decided_on = g_strdup (record->decided_on);
  copy->created_at = g_strdup (record->created_at);
  copy->updated_at = g_strdup (record->updated_at);
  copy->task_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  copy->task_titles = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; record->task_ids != NULL && i < record->task_ids->len; i++)
    g_array_append_val (copy->task_ids, g_array_index (record->task_ids, gint64, i));
  for (guint i = 0; record->task_titles != NULL && i < record->task_titles->len; i++)
    g_ptr_array_add (copy->task_titles, g_strdup (g_ptr_array_index (record->task_titles, i)));
  copy->osa_alue_nimi_fi = g_strdup (record->osa_alue_nimi_fi);
  copy->osa_alue_nimi_sv = g_strdup (record->osa_alue_nimi_sv);
  copy->objective_kind = g_strdup (record->objective_kind);
  copy->kohdealue_fi = g_strdup (record->kohdealue_fi);
  copy->kohdealue_sv = g_strdup (record->kohdealue_sv);
  copy->text_fi = g_strdup (record->text_fi);
  copy->text_sv = g_strdup (record->text_sv);
  copy->koodi_uri = g_strdup (record->koodi_uri);
  return copy;
}

void
polku_competence_history_record_free (PolkuCompetenceHistoryRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->changed_at);
  g_free (record);
}

PolkuTeacherDecision
_polku_ln_decision_from_string (const char *text)
{
  if (g_strcmp0 (text, "recognised") == 0)
    return POLKU_TEACHER_DECISION_RECOGNISED;
  if (g_strcmp0 (text, "not_recognised") == 0)
    return POLKU_TEACHER_DECISION_NOT_RECOGNISED;
  if (g_strcmp0 (text, "more_evidence") == 0)
    return POLKU_TEACHER_DECISION_MORE_EVIDENCE;
  return POLKU_TEACHER_DECISION_NONE;
}

static const char *
decision_to_string (PolkuTeacherDecision decision)
{
  switch (decision)
    {
    case POLKU_TEACHER_DECISION_RECOGNISED:
      return "recognised";
    case POLKU_TEACHER_DECISION_NOT_RECOGNISED:
      return "not_recognised";
    case POLKU_TEACHER_DECISION_MORE_EVIDENCE:
      return "more_evidence";
    case POLKU_TEACHER_DECISION_NONE:
    default:
      return NULL;
    }
}

static PolkuCompetenceStatus
status_from_column (sqlite3_stmt *stmt,
                    int           index)
{
  PolkuCompetenceStatus status = POLKU_COMPETENCE_NOT_STARTED;

  polku_competence_status_from_string ((const char *) sqlite3_column_text (stmt, index), &status);
  return status;
}

/* Reading */

#define COMPETENCE_SQL \
  "SELECT c.competence_id, ?1, r.requirement_id, c.status, c.own_view, c.observation, c.level_id, " \
  "       c.shown_on, c.evidence, c.observed_by, c.teacher_decision, c.teacher_comment, c.teacher_name, " \
  "       c.teacher_organisation, c.decided_on, c.created_at, c.updated_at, " \
  "       r.unit_id, r.osa_alue_id, o.nimi_fi, o.nimi_sv, r.objective_kind, r.kohdealue_fi, " \
  "       r.kohdealue_sv, r.kohdealue_ord, r.ord, r.depth, r.text_fi, r.text_sv, r.koodi_uri, r.retired " \
  "  FROM requirement r " \
  "  LEFT JOIN osa_alue o ON o.osa_alue_id = r.osa_alue_id " \
  "  LEFT JOIN competence c ON c.learner_id = ?1 AND c.requirement_id = r.requirement_id "

#define COMPETENCE_ORDER \
  " ORDER BY r.osa_alue_id IS NOT NULL, o.ord, r.osa_alue_id, r.objective_kind IS 'valinnainen', " \
  "          r.kohdealue_ord, r.ord, r.requirement_id"

static PolkuCompetenceRecord *
competence_from_row (sqlite3_stmt *stmt)
{
  PolkuCompetenceRecord *record = g_new0 (PolkuCompetenceRecord, 1);

  record->competence_id = sqlite3_column_int64 (stmt, 0);
  record->learner_id = sqlite3_column_int64 (stmt, 1);
  record->requirement_id = sqlite3_column_int64 (stmt, 2);
  record->status = status_from_column (stmt, 3);
  record->own_view = _polku_column_dup (stmt, 4);
  record->observation = _polku_column_dup (stmt, 5);
  record->level_id = sqlite3_column_int (stmt, 6);
  record->shown_on = _polku_column_dup (stmt, 7);
  record->evidence = _polku_column_dup (stmt, 8);
  record->observed_by = _polku_column_dup (stmt, 9);
  record->teacher_decision = _polku_ln_decision_from_string ((const char *) sqlite3_column_text (stmt, 10));
  record->teacher_comment = _polku_column_dup (stmt, 11);
  record->teacher_name = _polku_column_dup (stmt, 12);
  record->teacher_organisation = _polku_column_dup (stmt, 13);
  record->decided_on = _polku_column_dup (stmt, 14);
  record->created_at = _polku_column_dup (stmt, 15);
  record->updated_at = _polku_column_dup (stmt, 16);
  record->unit_id = sqlite3_column_int64 (stmt, 17);
  record->osa_alue_id = sqlite3_column_int64 (stmt, 18);
  record->osa_alue_nimi_fi = _polku_column_dup (stmt, 19);
  record->osa_alue_nimi_sv = _polku_column_dup (stmt, 20);
  record->objective_kind = _polku_column_dup (stmt, 21);
  record->kohdealue_fi = _polku_column_dup (stmt, 22);
  record->kohdealue_sv = _polku_column_dup (stmt, 23);
  record->kohdealue_ord = sqlite3_column_int (stmt, 24);
  record->ord = sqlite3_column_int (stmt, 25);
  record->depth = sqlite3_column_int (stmt, 26);
  record->text_fi = _polku_column_dup (stmt, 27);
  record->text_sv = _polku_column_dup (stmt, 28);
  record->koodi_uri = _polku_column_dup (stmt, 29);
  record->retired = sqlite3_column_int (stmt, 30) != 0;
  record->task_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  record->task_titles = g_ptr_array_new_with_free_func (g_free);
  return record;
}

/* The tasks of the learner's competences in @unit_id, or of one requirement. */
static gboolean
fill_tasks (PolkuStore  *self,
            GPtrArray   *rows,
            gint64       learner_id,
            gint64       unit_id,
            gint64       requirement_id,
            GError     **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  for (guint i = 0; i < rows->len; i++)
    {
      PolkuCompetenceRecord *record = g_ptr_array_index (rows, i);

      if (record->competence_id != 0)
        g_hash_table_insert (by_id, &record->competence_id, record);
    }

  if (g_hash_table_size (by_id) == 0)
    return TRUE;

  stmt = _polku_store_prepare (self,
                               "SELECT ct.competence_id, t.task_id, t.title FROM competence_task ct "
                               "  JOIN task t ON t.task_id = ct.task_id "
                               "  JOIN competence c ON c.competence_id = ct.competence_id "
                               "  JOIN requirement r ON r.requirement_id = c.requirement_id "
                               " WHERE c.learner_id = ?1 AND (?2 = 0 OR r.unit_id = ?2) "
                               "   AND (?3 = 0 OR r.requirement_id = ?3) "
                               " ORDER BY ct.competence_id, t.workshop_id, t.ord, t.task_id",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  sqlite3_bind_int64 (stmt, 3, requirement_id);
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 task_id = sqlite3_column_int64 (stmt, 1);
      PolkuCompetenceRecord *record = g_hash_table_lookup (by_id, &id);

      if (record == NULL)
        continue;

      g_array_append_val (record->task_ids, task_id);
      g_ptr_array_add (record->task_titles, _polku_column_dup (stmt, 2));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * polku_store_list_competences:
 *
 * Every requirement of the unit (its own, then the objectives of each
 * osa-alue) with the learner's record of it: rows without a record have
 * competence_id 0 and status NOT_STARTED. Retired requirements are listed only
 * when the learner has a record of them.
 *
 * Returns: (transfer container) (element-type PolkuCompetenceRecord)
 */
GPtrArray *
polku_store_list_competences (PolkuStore  *self,
                              gint64       learner_id,
                              gint64       unit_id,
                              GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               COMPETENCE_SQL
                               " WHERE r.unit_id = ?2 AND (r.retired = 0 OR c.competence_id IS NOT NULL)"
                               COMPETENCE_ORDER,
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  rows = _polku_ln_collect_rows (self, stmt, (PolkuLnFromRow) competence_from_row,
                                 (GDestroyNotify) polku_competence_record_free, error);
  if (rows == NULL)
    return NULL;

  if (!fill_tasks (self, rows, learner_id, unit_id, 0, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/**
 * polku_store_get_competence:
 *
 * Returns: (transfer full): the requirement with the learner's record of it
 *   (competence_id 0 when there is none), or %NULL with
 *   %POLKU_STORE_ERROR_NOT_FOUND when the requirement is gone
 */
PolkuCompetenceRecord *
polku_store_get_competence (PolkuStore  *self,
                            gint64       learner_id,
                            gint64       requirement_id,
                            GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self, COMPETENCE_SQL " WHERE r.requirement_id = ?2", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, requirement_id);
  if (!_polku_ln_step_one (self, stmt, REQUIREMENT_GONE, error))
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_competence_record_free);
  g_ptr_array_add (rows, competence_from_row (stmt));
  sqlite3_reset (stmt);

  if (!fill_tasks (self, rows, learner_id, 0, requirement_id, error))
    return NULL;

  return g_ptr_array_steal_index (rows, 0);
}

/* Editing */

static gboolean
check_edit (const PolkuCompetenceEdit  *edit,
            GError                    **error)
{
  if ((edit->fields & POLKU_COMPETENCE_FIELD_STATUS) &&
      ((int) edit->status < POLKU_COMPETENCE_NOT_STARTED || edit->status > POLKU_COMPETENCE_RECOGNISED))
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID, _("Unknown competence status."));
      return FALSE;
    }

  if ((edit->fields & POLKU_COMPETENCE_FIELD_SHOWN_ON) &&
      !_polku_ln_check_date (edit->shown_on, FALSE, _("Shown on"), error))
    return FALSE;

  return TRUE;
}

static gboolean
edit_one (PolkuStore                 *self,
          gint64                      learner_id,
          gint64                      requirement_id,
          const PolkuCompetenceEdit  *edit,
          GError                    **error)
{
  g_autoptr(PolkuCompetenceRecord) current = NULL;
  g_autofree char *today = NULL;
  PolkuCompetenceStatus status;
  const char *shown_on;
  gboolean set_shown_on;
  sqlite3_stmt *stmt;
  gint64 competence_id;

  current = polku_store_get_competence (self, learner_id, requirement_id, error);
  if (current == NULL)
    return FALSE;

  if (current->status == POLKU_COMPETENCE_RECOGNISED)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("The education provider has recognised this competence; it can no longer be changed here."));
      return FALSE;
    }

  status = (edit->fields & POLKU_COMPETENCE_FIELD_STATUS) ? edit->status : current->status;
  if (!polku_competence_status_can_change (current->status, status))
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                   /* Translators: both %s are competence statuses, e.g. "Practising" and "Recognised by the education provider". */
                   _("A competence cannot move from “%s” to “%s” here."),
                   polku_competence_status_get_label (current->status),
                   polku_competence_status_get_label (status));
      return FALSE;
    }

  if ((edit->fields & POLKU_COMPETENCE_FIELD_LEVEL) &&
      !_polku_ln_check_level (self, current->unit_id, edit->level_id, error))
    return FALSE;

  /* Identifying something records when, unless the date was given. */
  set_shown_on = (edit->fields & POLKU_COMPETENCE_FIELD_SHOWN_ON) != 0;
  shown_on = edit->shown_on;
  if (!set_shown_on && current->shown_on == NULL && polku_competence_status_counts_identified (status) &&
      !polku_competence_status_counts_identified (current->status))
    {
      today = _polku_ln_today ();
      shown_on = today;
      set_shown_on = TRUE;
    }

  if (current->competence_id == 0)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO competence (learner_id, requirement_id, status) VALUES (?1, ?2, ?3)",
                                   error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, learner_id);
      sqlite3_bind_int64 (stmt, 2, requirement_id);
      _polku_bind_text (stmt, 3, polku_competence_status_to_string (status));
      if (!_polku_store_step_done (self, stmt, error))
        return FALSE;
      competence_id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }
  else
    competence_id = current->competence_id;

  stmt = _polku_store_prepare (self,
                               "UPDATE competence SET "
                               "status = ?2, "
                               "level_id = CASE WHEN ?3 THEN ?4 ELSE level_id END, "
                               "own_view = CASE WHEN ?5 THEN ?6 ELSE own_view END, "
                               "observation = CASE WHEN ?7 THEN ?8 ELSE observation END, "
                               "shown_on = CASE WHEN ?9 THEN ?10 ELSE shown_on END, "
                               "evidence = CASE WHEN ?11 THEN ?12 ELSE evidence END, "
                               "observed_by = CASE WHEN ?13 THEN ?14 ELSE observed_by END, "
                               "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                               "WHERE competence_id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, competence_id);
  _polku_bind_text (stmt, 2, polku_competence_status_to_string (status));
  sqlite3_bind_int (stmt, 3, (edit->fields & POLKU_COMPETENCE_FIELD_LEVEL) != 0);
  if (edit->level_id != 0)
    sqlite3_bind_int (stmt, 4, edit->level_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_int (stmt, 5, (edit->fields & POLKU_COMPETENCE_FIELD_OWN_VIEW) != 0);
  _polku_ln_bind_clean (stmt, 6, edit->own_view);
  sqlite3_bind_int (stmt, 7, (edit->fields & POLKU_COMPETENCE_FIELD_OBSERVATION) != 0);
  _polku_ln_bind_clean (stmt, 8, edit->observation);
  sqlite3_bind_int (stmt, 9, set_shown_on);
  _polku_ln_bind_clean (stmt, 10, shown_on);
  sqlite3_bind_int (stmt, 11, (edit->fields & POLKU_COMPETENCE_FIELD_EVIDENCE) != 0);
  _polku_ln_bind_clean (stmt, 12, edit->evidence);
  sqlite3_bind_int (stmt, 13, (edit->fields & POLKU_COMPETENCE_FIELD_OBSERVED_BY) != 0);
  _polku_ln_bind_clean (stmt, 14, edit->observed_by);
  if (!_polku_store_step_done (self, stmt, error))
    return FALSE;

  if (edit->fields & POLKU_COMPETENCE_FIELD_TASKS)
    {
      stmt = _polku_store_prepare (self, "DELETE FROM competence_task WHERE competence_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, competence_id);
      if (!_polku_store_step_done (self, stmt, error))
        return FALSE;

      for (guint i = 0; i < edit->n_task_ids; i++)
        {
          if (!_polku_ln_check_exists (self, "SELECT 1 FROM task WHERE task_id = ?1", edit->task_ids[i],
                                       _("The task is no longer in the workshop’s catalogue."), error))
            return FALSE;

          stmt = _polku_store_prepare (self,
                                       "INSERT OR IGNORE INTO competence_task (competence_id, task_id) VALUES (?1, ?2)",
                                       error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, competence_id);
          sqlite3_bind_int64 (stmt, 2, edit->task_ids[i]);
          if (!_polku_store_step_done (self, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * polku_store_edit_competences:
 * @requirement_ids: (array length=n_requirement_ids): the requirements
 * @edit: what to write: only the members named in edit->fields
 *
 * Applies one edit to the learner's record of each requirement, in one
 * transaction (a whole unit at once from the keyboard). A record is created
 * on its first edit. The status may move as polku_competence_status_can_change
 * allows; a recognised competence is locked. A level must be on the unit's
 * scale. Moving to identified (or further) without a date sets shown_on to
 * today. Any refusal leaves every record as it was.
 */
gboolean
polku_store_edit_competences (PolkuStore                 *self,
                              gint64                      learner_id,
                              const gint64               *requirement_ids,
                              guint                       n_requirement_ids,
                              const PolkuCompetenceEdit  *edit,
                              GError                    **error)
{
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_requirement_ids == 0 || requirement_ids != NULL, FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);
  g_return_val_if_fail (edit->n_task_ids == 0 || edit->task_ids != NULL, FALSE);

  if (!check_edit (edit, error))
    return FALSE;

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = _polku_ln_check_learner (self, learner_id, error);
  for (guint i = 0; ok && i < n_requirement_ids; i++)
    ok = edit_one (self, learner_id, requirement_ids[i], edit, error);

  return _polku_ln_end (self, ok, error);
}

/**
 * polku_store_edit_competence:
 *
 * polku_store_edit_competences() for one requirement.
 */
gboolean
polku_store_edit_competence (PolkuStore                 *self,
                             gint64                      learner_id,
                             gint64                      requirement_id,
                             const PolkuCompetenceEdit  *edit,
                             GError                    **error)
{
  return polku_store_edit_competences (self, learner_id, &requirement_id, 1, edit, error);
}

/**
 * polku_store_record_teacher_decision:
 * @decision: the education provider's decision
 * @decided_on: (nullable): the date; %NULL: today
 *
 * The only way to RECOGNISED (the teacher review, the decisions import):
 * RECOGNISED sets the status to recognised and locks the record; another
 * decision on a recognised record reopens it (back to identified), which is
 * written to the change log and the decision history. The decision, comment,
 * teacher and date are kept on the record, and every decision is added to
 * the history (polku_store_list_decision_history()).
 */
gboolean
polku_store_record_teacher_decision (PolkuStore            *self,
                                     gint64                 learner_id,
                                     gint64                 requirement_id,
                                     PolkuTeacherDecision   decision,
                                     const char            *comment,
                                     const char            *teacher_name,
                                     const char            *teacher_organisation,
                                     const char            *decided_on,
                                     GError               **error)
{
  g_autoptr(PolkuCompetenceRecord) current = NULL;
  g_autofree char *today = _polku_ln_today ();
  PolkuCompetenceStatus status;
  sqlite3_stmt *stmt = NULL;
  gint64 competence_id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (decision > POLKU_TEACHER_DECISION_NONE &&
                        decision <= POLKU_TEACHER_DECISION_MORE_EVIDENCE, FALSE);

  if (!_polku_ln_check_date (decided_on, FALSE, _("Decided on"), error))
    return FALSE;

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = _polku_ln_check_learner (self, learner_id, error);
  if (ok)
    {
      current = polku_store_get_competence (self, learner_id, requirement_id, error);
      ok = current != NULL;
    }

  if (ok)
    {
      if (decision == POLKU_TEACHER_DECISION_RECOGNISED)
        status = POLKU_COMPETENCE_RECOGNISED;
      else if (current->status == POLKU_COMPETENCE_RECOGNISED)
        status = POLKU_COMPETENCE_IDENTIFIED;
      else
        status = current->status;

      competence_id = current->competence_id;
      if (competence_id == 0)
        {
          stmt = _polku_store_prepare (self, "INSERT INTO competence (learner_id, requirement_id) VALUES (?1, ?2)",
                                       error);
          ok = stmt != NULL;
          if (ok)
            {
              sqlite3_bind_int64 (stmt, 1, learner_id);
              sqlite3_bind_int64 (stmt, 2, requirement_id);
              ok = _polku_store_step_done (self, stmt, error);
              competence_id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
            }
        }
    }

  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "UPDATE competence SET status = ?2, teacher_decision = ?3, teacher_comment = ?4, "
                                   "teacher_name = ?5, teacher_organisation = ?6, decided_on = ?7, "
                                   "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE competence_id = ?1",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, competence_id);
      _polku_bind_text (stmt, 2, polku_competence_status_to_string (status));
      _polku_bind_text (stmt, 3, decision_to_string (decision));
      _polku_ln_bind_clean (stmt, 4, comment);
      _polku_ln_bind_clean (stmt, 5, teacher_name);
      _polku_ln_bind_clean (stmt, 6, teacher_organisation);
      _polku_ln_bind_clean (stmt, 7, decided_on != NULL ? decided_on : today);
      ok = _polku_store_step_done (self, stmt, error);
    }

  if (ok && current->status == POLKU_COMPETENCE_RECOGNISED && status != POLKU_COMPETENCE_RECOGNISED)
    {
      g_autofree char *subject = g_strdup_printf ("competence:%" G_GINT64_FORMAT, competence_id);

      ok = polku_store_log_change (self, "competence reopened", subject, decision_to_string (decision), error);
      /* The review reopens explicitly (polku_store_reopen_competence); a new
       * decision that replaces a recognition is kept in the history as one. */
      if (ok)
        ok = _polku_store_review_add_history (self, competence_id, POLKU_REVIEW_EVENT_REOPENED, NULL,
                                              teacher_name, teacher_organisation,
                                              decided_on != NULL ? decided_on : today,
                                              _("A new decision replaced the recognition."), error);
    }

  /* Every decision is kept in the history, with who and when. */
  if (ok)
    ok = _polku_store_review_add_history (self, competence_id,
                                          decision == POLKU_TEACHER_DECISION_RECOGNISED ? POLKU_REVIEW_EVENT_RECOGNISED
                                          : decision == POLKU_TEACHER_DECISION_NOT_RECOGNISED
                                          ? POLKU_REVIEW_EVENT_NOT_RECOGNISED : POLKU_REVIEW_EVENT_MORE_EVIDENCE,
                                          comment, teacher_name, teacher_organisation,
                                          decided_on != NULL ? decided_on : today, NULL, error);

  return _polku_ln_end (self, ok, error);
}

/**
 * polku_store_list_competence_history:
 *
 * Returns: (transfer container) (element-type PolkuCompetenceHistoryRecord):
 *   every status and level the record went through, oldest first (empty when
 *   there is no record)
 */
GPtrArray *
polku_store_list_competence_history (PolkuStore  *self,
                                     gint64       learner_id,
                                     gint64       requirement_id,
                                     GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT h.history_id, h.changed_at, h.old_status, h.new_status, "
                               "       h.old_level_id, h.new_level_id "
                               "  FROM competence_history h JOIN competence c ON c.competence_id = h.competence_id "
                               " WHERE c.learner_id = ?1 AND c.requirement_id = ?2 ORDER BY h.history_id",
                               error);
  if (stmt == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_competence_history_record_free);
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, requirement_id);
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      PolkuCompetenceHistoryRecord *record = g_new0 (PolkuCompetenceHistoryRecord, 1);
      PolkuCompetenceStatus old_status;

      record->history_id = sqlite3_column_int64 (stmt, 0);
      record->changed_at = _polku_column_dup (stmt, 1);
      record->old_status = polku_competence_status_from_string ((const char *) sqlite3_column_text (stmt, 2),
                                                                &old_status)
                           ? (int) old_status : -1;
      record->new_status = status_from_column (stmt, 3);
      record->old_level_id = sqlite3_column_int (stmt, 4);
      record->new_level_id = sqlite3_column_int (stmt, 5);
      g_ptr_array_add (rows, record);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&rows);
}
