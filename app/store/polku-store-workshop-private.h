/* polku-store-workshop-private.h: helpers shared by the workshop table files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-store-private.h"
#include "polku-store-workshop.h"

G_BEGIN_DECLS

char     *_polku_ws_clean        (const char    *text);
gboolean  _polku_ws_check_date   (const char    *iso,
                                  const char    *label,
                                  GError       **error);
gboolean  _polku_ws_begin        (PolkuStore    *self,
                                  GError       **error);
gboolean  _polku_ws_end          (PolkuStore    *self,
                                  gboolean       ok,
                                  GError       **error);
gboolean  _polku_ws_step_row     (PolkuStore    *self,
                                  sqlite3_stmt  *stmt,
                                  GError       **error);
gboolean  _polku_ws_exec_stmt    (PolkuStore    *self,
                                  sqlite3_stmt  *stmt,
                                  GError       **error);
gboolean  _polku_ws_expect_change (PolkuStore   *self,
                                  const char    *message,
                                  GError       **error);
gboolean  _polku_ws_exists       (PolkuStore    *self,
                                  const char    *sql,
                                  gint64         id,
                                  gboolean      *out_exists,
                                  GError       **error);
gboolean  _polku_ws_next_ord     (PolkuStore    *self,
                                  const char    *sql,
                                  gint64         scope_id,
                                  int           *out_ord,
                                  GError       **error);
gboolean  _polku_ws_reorder      (PolkuStore    *self,
                                  const char    *list_sql,
                                  const char    *update_sql,
                                  gint64         scope_id,
                                  gint64         moved_id,
                                  guint          position,
                                  GError       **error);
gboolean  _polku_ws_insert_mapping (PolkuStore  *self,
                                  gint64         task_id,
                                  gint64         requirement_id,
                                  const char    *koodi_uri,
                                  const char    *mapped_at,
                                  const char    *recognised_by,
                                  const char    *teacher_name,
                                  const char    *teacher_organisation,
                                  const char    *note,
                                  GError       **error);

PolkuTaskRecord    *_polku_ws_task_from_row    (sqlite3_stmt *stmt);
PolkuMappingRecord *_polku_ws_mapping_from_row (sqlite3_stmt *stmt);

/* Binds an id, or NULL for 0 ("none"). */
static inline int
_polku_ws_bind_id (sqlite3_stmt *stmt,
                   int           index,
                   gint64        id)
{
  if (id == 0)
    return sqlite3_bind_null (stmt, index);
  return sqlite3_bind_int64 (stmt, index, id);
}

/* Binds free text cleaned as every edit stores it. */
static inline int
_polku_ws_bind_clean (sqlite3_stmt *stmt,
                      int           index,
                      const char   *text)
{
  g_autofree char *clean = _polku_ws_clean (text);

  return _polku_bind_text (stmt, index, clean);
}

#define POLKU_WS_TASK_COLUMNS \
  "t.task_id, t.workshop_id, t.title, t.description, t.duration, t.tools, t.safety, " \
  "t.active, t.ord, t.created_at, t.updated_at, " \
  "(SELECT count(*) FROM (SELECT tr.requirement_id FROM task_requirement tr " \
  "                       WHERE tr.task_id = t.task_id " \
  "                       UNION SELECT r.requirement_id FROM task_code tc " \
  "                       JOIN requirement r ON r.koodi_uri = tc.koodi_uri " \
  "                       WHERE tc.task_id = t.task_id)), " \
  "(SELECT count(*) FROM task_code tc WHERE tc.task_id = t.task_id) "

/* The requirement side of a mapping, joined as r, u, p and oa. */
#define POLKU_WS_MAPPING_COLUMNS \
  "t.task_id, t.workshop_id, t.title, t.active, t.ord, " \
  "r.requirement_id, r.natural_key, r.koodi_uri, r.text_fi, r.text_sv, " \
  "r.kohdealue_fi, r.kohdealue_sv, r.kohdealue_ord, r.ord, r.retired, " \
  "r.osa_alue_id, oa.nimi_fi, oa.nimi_sv, " \
  "u.unit_id, u.koodi_uri, u.koodi_arvo, u.nimi_fi, u.nimi_sv, " \
  "p.peruste_id, p.diaarinumero, p.nimi_fi, p.nimi_sv "

#define POLKU_WS_MAPPING_JOINS \
  "JOIN unit u ON u.unit_id = r.unit_id " \
  "JOIN peruste p ON p.peruste_id = u.peruste_id " \
  "LEFT JOIN osa_alue oa ON oa.osa_alue_id = r.osa_alue_id "

G_END_DECLS
