/* polku-store-tasks.c: a workshop's task catalogue (työtehtävät).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-tasks"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-store-workshop-private.h"

#define TASK_GONE _("The task no longer exists.")

/* Auxiliary methods */

PolkuTaskRecord *
_polku_ws_task_from_row (sqlite3_stmt *stmt)
{
  PolkuTaskRecord *record = g_new0 (PolkuTaskRecord, 1);

  record->task_id = sqlite3_column_int64 (stmt, 0);
  record->workshop_id = sqlite3_column_int64 (stmt, 1);
  record->title = _polku_column_dup (stmt, 2);
  record->description = _polku_column_dup (stmt, 3);
  record->duration = _polku_column_dup (stmt, 4);
  record->tools = _polku_column_dup (stmt, 5);
  record->safety = _polku_column_dup (stmt, 6);
  record->active = sqlite3_column_int (stmt, 7) != 0;
  record->ord = sqlite3_column_int (stmt, 8);
  record->created_at = _polku_column_dup (stmt, 9);
  record->updated_at = _polku_column_dup (stmt, 10);
  record->n_requirements = (guint) sqlite3_column_int (stmt, 11);
  record->n_codes = (guint) sqlite3_column_int (stmt, 12);
  return record;
}

static gboolean
check_task (const PolkuTaskRecord  *record,
            GError                **error)
{
  g_autofree char *title = _polku_ws_clean (record->title);

  if (title == NULL)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("A task needs a title."));
      return FALSE;
    }

  return TRUE;
}

/* Case folded and composed, so that "Ä" finds "ä" but "a" does not find "ä". */
static char *
fold (const char *text)
{
  g_autofree char *normal = NULL;

  if (text == NULL)
    return NULL;

  normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  if (normal == NULL)
    return NULL;

  return g_utf8_casefold (normal, -1);
}

static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *folded = fold (haystack);

  return folded != NULL && strstr (folded, needle) != NULL;
}

/**
 * polku_task_matches_query:
 * @query: words; each must appear in the title or the description
 *
 * Case-insensitive, with ä, ö and å kept apart from a, o as typed.
 */
gboolean
polku_task_matches_query (const PolkuTaskRecord *record,
                          const char            *query)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (record != NULL, FALSE);

  folded = fold (query);
  if (folded == NULL)
    return TRUE;

  words = g_strsplit_set (folded, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;

      if (!contains_folded (record->title, words[i]) &&
          !contains_folded (record->description, words[i]))
        return FALSE;
    }

  return TRUE;
}

/* Public API */

/**
 * polku_store_list_tasks:
 * @workshop_id: the workshop, or 0 for every workshop's tasks
 *
 * Returns: (transfer container) (element-type PolkuTaskRecord): in order
 */
GPtrArray *
polku_store_list_tasks (PolkuStore  *self,
                        gint64       workshop_id,
                        gboolean     include_inactive,
                        GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT " POLKU_WS_TASK_COLUMNS " FROM task t "
                               "JOIN workshop w ON w.workshop_id = t.workshop_id "
                               "WHERE (?1 IS NULL OR t.workshop_id = ?1) AND (?2 OR t.active = 1) "
                               "ORDER BY w.ord, w.workshop_id, t.ord, t.task_id",
                               error);
  if (stmt == NULL)
    return NULL;

  _polku_ws_bind_id (stmt, 1, workshop_id);
  sqlite3_bind_int (stmt, 2, include_inactive ? 1 : 0);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_task_record_free);
  while (_polku_ws_step_row (self, stmt, &local_error))
    g_ptr_array_add (records, _polku_ws_task_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&records);
}

/**
 * polku_store_search_tasks:
 * @workshop_id: the workshop, or 0 for all
 * @query: the words to find (see polku_task_matches_query()); %NULL or empty lists all
 *
 * Returns: (transfer container) (element-type PolkuTaskRecord): in order
 */
GPtrArray *
polku_store_search_tasks (PolkuStore  *self,
                          gint64       workshop_id,
                          const char  *query,
                          gboolean     include_inactive,
                          GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  /* A workshop has tens of tasks: folding in C is cheap and, unlike LIKE, knows ä. */
  records = polku_store_list_tasks (self, workshop_id, include_inactive, error);
  if (records == NULL)
    return NULL;

  found = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_task_record_free);
  for (guint i = 0; i < records->len; i++)
    {
      if (polku_task_matches_query (g_ptr_array_index (records, i), query))
        g_ptr_array_add (found, polku_task_record_copy (g_ptr_array_index (records, i)));
    }

  return g_steal_pointer (&found);
}

PolkuTaskRecord *
polku_store_get_task (PolkuStore  *self,
                      gint64       task_id,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PolkuTaskRecord *record;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT " POLKU_WS_TASK_COLUMNS " FROM task t WHERE t.task_id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, task_id);
  if (!_polku_ws_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND, TASK_GONE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  record = _polku_ws_task_from_row (stmt);
  sqlite3_reset (stmt);
  return record;
}

static gboolean
insert_task (PolkuStore             *self,
             const PolkuTaskRecord  *record,
             gint64                  task_id,
             int                     ord,
             gint64                 *out_id,
             GError                **error)
{
  sqlite3_stmt *stmt;

  stmt = _polku_store_prepare (self,
                               "INSERT INTO task (task_id, workshop_id, title, description, duration, "
                               "tools, safety, active, ord, created_at, updated_at) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                               "coalesce(?10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), "
                               "coalesce(?11, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))",
                               error);
  if (stmt == NULL)
    return FALSE;

  _polku_ws_bind_id (stmt, 1, task_id);
  sqlite3_bind_int64 (stmt, 2, record->workshop_id);
  _polku_ws_bind_clean (stmt, 3, record->title);
  _polku_ws_bind_clean (stmt, 4, record->description);
  _polku_ws_bind_clean (stmt, 5, record->duration);
  _polku_ws_bind_clean (stmt, 6, record->tools);
  _polku_ws_bind_clean (stmt, 7, record->safety);
  sqlite3_bind_int (stmt, 8, record->active ? 1 : 0);
  sqlite3_bind_int (stmt, 9, ord);
  _polku_bind_text (stmt, 10, task_id != 0 ? record->created_at : NULL);
  _polku_bind_text (stmt, 11, task_id != 0 ? record->updated_at : NULL);

  if (!_polku_store_step_done (self, stmt, error))
    return FALSE;

  *out_id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
  return TRUE;
}

/* Makes @ord free in the workshop's order, moving later tasks only when a task
 * holds it (so that an undone delete puts every number back as it was). */
static gboolean
shift_tasks (PolkuStore  *self,
             gint64       workshop_id,
             int          ord,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean taken;

  stmt = _polku_store_prepare (self, "SELECT 1 FROM task WHERE workshop_id = ?1 AND ord = ?2", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, workshop_id);
  sqlite3_bind_int (stmt, 2, ord);
  taken = _polku_ws_step_row (self, stmt, &local_error);
  sqlite3_reset (stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!taken)
    return TRUE;

  stmt = _polku_store_prepare (self,
                               "UPDATE task SET ord = ord + 1 WHERE workshop_id = ?1 AND ord >= ?2",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, workshop_id);
  sqlite3_bind_int (stmt, 2, ord);
  return _polku_store_step_done (self, stmt, error);
}

static gboolean
check_workshop_exists (PolkuStore  *self,
                       gint64       workshop_id,
                       GError     **error)
{
  gboolean exists = FALSE;

  if (!_polku_ws_exists (self, "SELECT 1 FROM workshop WHERE workshop_id = ?1",
                         workshop_id, &exists, error))
    return FALSE;

  if (!exists)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                           _("The workshop no longer exists."));
      return FALSE;
    }

  return TRUE;
}

/**
 * polku_store_add_task:
 * @record: the task (workshop_id, texts, active); added after the workshop's others
 *
 * Returns: the new task's id, or 0 with @error set
 */
gint64
polku_store_add_task (PolkuStore             *self,
                      const PolkuTaskRecord  *record,
                      GError                **error)
{
  gint64 id = 0;
  int ord = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (!check_task (record, error))
    return 0;

  if (!_polku_ws_begin (self, error))
    return 0;

  ok = check_workshop_exists (self, record->workshop_id, error) &&
       _polku_ws_next_ord (self, "SELECT coalesce(max(ord) + 1, 0) FROM task WHERE workshop_id = ?1",
                           record->workshop_id, &ord, error) &&
       insert_task (self, record, 0, ord, &id, error);

  if (!_polku_ws_end (self, ok, error))
    return 0;

  return id;
}

/**
 * polku_store_update_task:
 * @record: the task with its new texts and active flag (workshop and order are kept)
 */
gboolean
polku_store_update_task (PolkuStore             *self,
                         const PolkuTaskRecord  *record,
                         GError                **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!check_task (record, error))
    return FALSE;

  if (!_polku_ws_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self,
                               "UPDATE task SET title = ?2, description = ?3, duration = ?4, tools = ?5, "
                               "safety = ?6, active = ?7, "
                               "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                               "WHERE task_id = ?1",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->task_id);
      _polku_ws_bind_clean (stmt, 2, record->title);
      _polku_ws_bind_clean (stmt, 3, record->description);
      _polku_ws_bind_clean (stmt, 4, record->duration);
      _polku_ws_bind_clean (stmt, 5, record->tools);
      _polku_ws_bind_clean (stmt, 6, record->safety);
      sqlite3_bind_int (stmt, 7, record->active ? 1 : 0);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ws_expect_change (self, TASK_GONE, error);
    }

  return _polku_ws_end (self, ok, error);
}

static gboolean
get_task_workshop (PolkuStore  *self,
                   gint64       task_id,
                   gint64      *out_workshop_id,
                   int         *out_ord,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = _polku_store_prepare (self, "SELECT workshop_id, ord FROM task WHERE task_id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, task_id);
  if (!_polku_ws_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND, TASK_GONE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *out_workshop_id = sqlite3_column_int64 (stmt, 0);
  if (out_ord != NULL)
    *out_ord = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * polku_store_move_task:
 * @position: the new index among all the workshop's tasks (inactive ones
 *   included); beyond the end means last
 */
gboolean
polku_store_move_task (PolkuStore  *self,
                       gint64       task_id,
                       guint        position,
                       GError     **error)
{
  gint64 workshop_id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  ok = get_task_workshop (self, task_id, &workshop_id, NULL, error) &&
       _polku_ws_reorder (self,
                          "SELECT task_id FROM task WHERE workshop_id = ?1 ORDER BY ord, task_id",
                          "UPDATE task SET ord = ?1 WHERE task_id = ?2",
                          workshop_id, task_id, position, error);

  return _polku_ws_end (self, ok, error);
}

static GPtrArray *
list_raw_mappings (PolkuStore  *self,
                   gint64       task_id,
                   GError     **error)
{
  g_autoptr(GPtrArray) mappings = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = _polku_store_prepare (self,
                               "SELECT requirement_id, NULL, mapped_at, recognised_by, teacher_name, "
                               "teacher_organisation, note FROM task_requirement WHERE task_id = ?1 "
                               "UNION ALL "
                               "SELECT 0, koodi_uri, mapped_at, recognised_by, teacher_name, "
                               "teacher_organisation, note FROM task_code WHERE task_id = ?1 "
                               "ORDER BY 1, 2",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, task_id);

  mappings = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_mapping_record_free);
  while (_polku_ws_step_row (self, stmt, &local_error))
    {
      PolkuMappingRecord *mapping = g_new0 (PolkuMappingRecord, 1);

      mapping->task_id = task_id;
      mapping->requirement_id = sqlite3_column_int64 (stmt, 0);
      mapping->koodi_uri = _polku_column_dup (stmt, 1);
      mapping->by_code = mapping->requirement_id == 0;
      mapping->mapped_at = _polku_column_dup (stmt, 2);
      mapping->recognised_by = _polku_column_dup (stmt, 3);
      mapping->teacher_name = _polku_column_dup (stmt, 4);
      mapping->teacher_organisation = _polku_column_dup (stmt, 5);
      mapping->note = _polku_column_dup (stmt, 6);
      g_ptr_array_add (mappings, mapping);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&mappings);
}

/* Inserts one mapping as it was, keeping its time and people. */
gboolean
_polku_ws_insert_mapping (PolkuStore  *self,
                          gint64       task_id,
                          gint64       requirement_id,
                          const char  *koodi_uri,
                          const char  *mapped_at,
                          const char  *recognised_by,
                          const char  *teacher_name,
                          const char  *teacher_organisation,
                          const char  *note,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  if (requirement_id != 0)
    stmt = _polku_store_prepare (self,
                                 "INSERT INTO task_requirement (task_id, requirement_id, mapped_at, "
                                 "recognised_by, teacher_name, teacher_organisation, note) "
                                 "VALUES (?1, ?2, coalesce(?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), "
                                 "?4, ?5, ?6, ?7)",
                                 error);
  else
    stmt = _polku_store_prepare (self,
                                 "INSERT INTO task_code (task_id, koodi_uri, mapped_at, "
                                 "recognised_by, teacher_name, teacher_organisation, note) "
                                 "VALUES (?1, ?2, coalesce(?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), "
                                 "?4, ?5, ?6, ?7)",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, task_id);
  if (requirement_id != 0)
    sqlite3_bind_int64 (stmt, 2, requirement_id);
  else
    _polku_bind_text (stmt, 2, koodi_uri);
  _polku_bind_text (stmt, 3, mapped_at);
  _polku_ws_bind_clean (stmt, 4, recognised_by);
  _polku_ws_bind_clean (stmt, 5, teacher_name);
  _polku_ws_bind_clean (stmt, 6, teacher_organisation);
  _polku_ws_bind_clean (stmt, 7, note);

  return _polku_store_step_done (self, stmt, error);
}

/**
 * polku_store_duplicate_task:
 * @with_mappings: whether the copy teaches the same requirements (the copies of
 *   the mappings keep who recognised them; their time is now)
 *
 * Puts a copy, titled as a copy, right after the task.
 *
 * Returns: the copy's id, or 0 with @error set
 */
gint64
polku_store_duplicate_task (PolkuStore  *self,
                            gint64       task_id,
                            gboolean     with_mappings,
                            GError     **error)
{
  g_autoptr(PolkuTaskRecord) task = NULL;
  g_autoptr(GPtrArray) mappings = NULL;
  g_autofree char *title = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);

  if (!_polku_ws_begin (self, error))
    return 0;

  task = polku_store_get_task (self, task_id, error);
  ok = task != NULL;
  if (ok && with_mappings)
    {
      mappings = list_raw_mappings (self, task_id, error);
      ok = mappings != NULL;
    }

  if (ok)
    {
      /* Translators: the title of a duplicated task; %s is the original's title. */
      title = g_strdup_printf (_("%s (copy)"), task->title);
      g_free (task->title);
      task->title = g_steal_pointer (&title);

      ok = shift_tasks (self, task->workshop_id, task->ord + 1, error) &&
           insert_task (self, task, 0, task->ord + 1, &id, error);
    }

  for (guint i = 0; ok && mappings != NULL && i < mappings->len; i++)
    {
      PolkuMappingRecord *mapping = g_ptr_array_index (mappings, i);

      ok = _polku_ws_insert_mapping (self, id, mapping->requirement_id, mapping->koodi_uri, NULL,
                                     mapping->recognised_by, mapping->teacher_name,
                                     mapping->teacher_organisation, mapping->note, error);
    }

  if (!_polku_ws_end (self, ok, error))
    return 0;

  return id;
}

/**
 * polku_store_count_task_uses:
 * @out_n_mappings: (out): the task's mappings, direct and by code
 *
 * What deleting the task would take with it, so that the UI can ask first.
 */
gboolean
polku_store_count_task_uses (PolkuStore  *self,
                             gint64       task_id,
                             guint       *out_n_mappings,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_n_mappings != NULL, FALSE);

  stmt = _polku_store_prepare (self,
                               "SELECT (SELECT count(*) FROM task_requirement WHERE task_id = ?1) + "
                               "(SELECT count(*) FROM task_code WHERE task_id = ?1)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, task_id);
  if (!_polku_ws_step_row (self, stmt, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *out_n_mappings = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * polku_store_delete_task:
 *
 * Deletes a task and its mappings.
 *
 * Returns: (transfer full): what was deleted, for polku_store_restore_task(),
 *   or %NULL with @error set
 */
PolkuDeletedTask *
polku_store_delete_task (PolkuStore  *self,
                         gint64       task_id,
                         GError     **error)
{
  g_autoptr(PolkuDeletedTask) deleted = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  if (!_polku_ws_begin (self, error))
    return NULL;

  deleted = g_new0 (PolkuDeletedTask, 1);
  deleted->task = polku_store_get_task (self, task_id, error);
  ok = deleted->task != NULL;
  if (ok)
    {
      deleted->mappings = list_raw_mappings (self, task_id, error);
      ok = deleted->mappings != NULL;
    }
  if (ok)
    {
      stmt = _polku_store_prepare (self, "DELETE FROM task WHERE task_id = ?1", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, task_id);
      ok = _polku_store_step_done (self, stmt, error);
    }

  if (!_polku_ws_end (self, ok, error))
    return NULL;

  return g_steal_pointer (&deleted);
}

/**
 * polku_store_restore_task:
 * @deleted: what polku_store_delete_task() returned
 *
 * Puts a deleted task back with its id, place and mappings (Undo). Mappings to
 * requirements that have left the catalogue meanwhile are dropped.
 */
gboolean
polku_store_restore_task (PolkuStore              *self,
                          const PolkuDeletedTask  *deleted,
                          GError                 **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (deleted != NULL && deleted->task != NULL, FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  ok = check_workshop_exists (self, deleted->task->workshop_id, error) &&
       shift_tasks (self, deleted->task->workshop_id, deleted->task->ord, error) &&
       insert_task (self, deleted->task, deleted->task->task_id, deleted->task->ord, &id, error);

  for (guint i = 0; ok && deleted->mappings != NULL && i < deleted->mappings->len; i++)
    {
      PolkuMappingRecord *mapping = g_ptr_array_index (deleted->mappings, i);
      gboolean exists = TRUE;

      if (mapping->requirement_id != 0)
        ok = _polku_ws_exists (self, "SELECT 1 FROM requirement WHERE requirement_id = ?1",
                               mapping->requirement_id, &exists, error);
      if (ok && exists)
        ok = _polku_ws_insert_mapping (self, id, mapping->requirement_id, mapping->koodi_uri,
                                       mapping->mapped_at, mapping->recognised_by,
                                       mapping->teacher_name, mapping->teacher_organisation,
                                       mapping->note, error);
    }

  return _polku_ws_end (self, ok, error);
}
