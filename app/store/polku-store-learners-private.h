/* polku-store-learners-private.h: helpers shared by the learner table files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-store-learners.h"
#include "polku-store-workshop-private.h"

G_BEGIN_DECLS

gboolean  _polku_ln_begin          (PolkuStore    *self,
                                    GError       **error);
gboolean  _polku_ln_end            (PolkuStore    *self,
                                    gboolean       ok,
                                    GError       **error);
gboolean  _polku_ln_step_row       (PolkuStore    *self,
                                    sqlite3_stmt  *stmt,
                                    GError       **error);
gboolean  _polku_ln_step_one       (PolkuStore    *self,
                                    sqlite3_stmt  *stmt,
                                    const char    *gone,
                                    GError       **error);

typedef gpointer (*PolkuLnFromRow) (sqlite3_stmt *stmt);

GPtrArray *_polku_ln_collect_rows  (PolkuStore     *self,
                                    sqlite3_stmt   *stmt,
                                    PolkuLnFromRow  from_row,
                                    GDestroyNotify  free_func,
                                    GError        **error);
gboolean  _polku_ln_check_date     (const char    *iso,
                                    gboolean       required,
                                    const char    *label,
                                    GError       **error);
gboolean  _polku_ln_check_range    (const char    *starts_on,
                                    const char    *ends_on,
                                    GError       **error);
gboolean  _polku_ln_require_text   (const char    *text,
                                    const char    *message,
                                    GError       **error);
gboolean  _polku_ln_check_exists   (PolkuStore    *self,
                                    const char    *sql,
                                    gint64         id,
                                    const char    *message,
                                    GError       **error);
gboolean  _polku_ln_check_code     (PolkuStore    *self,
                                    const char    *koodisto,
                                    const char    *koodi_uri,
                                    GError       **error);
gboolean  _polku_ln_check_level    (PolkuStore    *self,
                                    gint64         unit_id,
                                    int            level_id,
                                    GError       **error);
gboolean  _polku_ln_expect_change  (PolkuStore    *self,
                                    const char    *message,
                                    GError       **error);
char     *_polku_ln_today          (void);

/* competence_decision.decision and competence.teacher_decision as stored */
PolkuTeacherDecision _polku_ln_decision_from_string (const char *text);

const char *_polku_ln_learner_gone (void);

#define POLKU_LN_LEARNER_GONE (_polku_ln_learner_gone ())

/* Edits check the learner first, so that a learner deleted meanwhile says so. */
static inline gboolean
_polku_ln_check_learner (PolkuStore  *self,
                         gint64       learner_id,
                         GError     **error)
{
  return _polku_ln_check_exists (self, "SELECT 1 FROM learner WHERE learner_id = ?1", learner_id,
                                 POLKU_LN_LEARNER_GONE, error);
}

/* Binds free text cleaned as every edit stores it; NULL for an empty one. */
static inline int
_polku_ln_bind_clean (sqlite3_stmt *stmt,
                      int           index,
                      const char   *text)
{
  return _polku_ws_bind_clean (stmt, index, text);
}

static inline int
_polku_ln_bind_id (sqlite3_stmt *stmt,
                   int           index,
                   gint64        id)
{
  return _polku_ws_bind_id (stmt, index, id);
}

static inline double
_polku_ln_column_double_or (sqlite3_stmt *stmt,
                            int           index,
                            double        fallback)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return fallback;
  return sqlite3_column_double (stmt, index);
}

G_END_DECLS
