/* polku-store-exchange.h: what the exchange files need from the database: a
 * learner's exchange UUID, and catalogue rows found by their national codes.
 *
 * Lookups return 0 (and no error) when nothing matches.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store.h"

G_BEGIN_DECLS

char     *polku_store_get_learner_exchange_uuid  (PolkuStore   *self,
                                                  gint64        learner_id,
                                                  GError      **error);
gint64    polku_store_find_learner_by_exchange_uuid (PolkuStore *self,
                                                  const char   *uuid,
                                                  GError      **error);
/* Gives the learner the UUID it has in another database (a received package). */
gboolean  polku_store_set_learner_exchange_uuid  (PolkuStore   *self,
                                                  gint64        learner_id,
                                                  const char   *uuid,
                                                  GError      **error);

gint64    polku_store_find_peruste_by_diaarinumero (PolkuStore *self,
                                                  const char   *diaarinumero,
                                                  GError      **error);
/* peruste_id 0: the unit in any qualification (the newest row). */
gint64    polku_store_find_unit_by_koodi_uri     (PolkuStore   *self,
                                                  gint64        peruste_id,
                                                  const char   *koodi_uri,
                                                  GError      **error);
/* Out: the requirement's unit (may be NULL). */
gint64    polku_store_find_requirement_by_key    (PolkuStore   *self,
                                                  const char   *natural_key,
                                                  gint64       *out_unit_id,
                                                  GError      **error);
/* The requirement's natural key and its unit's koodiUri (both out, newly allocated). */
gboolean  polku_store_get_requirement_codes      (PolkuStore   *self,
                                                  gint64        requirement_id,
                                                  char        **out_natural_key,
                                                  char        **out_unit_koodi_uri,
                                                  GError      **error);
/* The unit's koodiUri, koodiArvo and the diaarinumero of its qualification. */
gboolean  polku_store_get_unit_codes             (PolkuStore   *self,
                                                  gint64        unit_id,
                                                  char        **out_koodi_uri,
                                                  char        **out_koodi_arvo,
                                                  char        **out_diaarinumero,
                                                  GError      **error);
/* A workshop by its name (active or archived); 0 when none. */
gint64    polku_store_find_workshop_by_name      (PolkuStore   *self,
                                                  const char   *name,
                                                  GError      **error);
/* An education provider by its OID, else by its name (case-insensitive; an
 * active one before an archived one); 0 when none. */
gint64    polku_store_find_provider              (PolkuStore   *self,
                                                  const char   *oid,
                                                  const char   *name,
                                                  GError      **error);
/* Notes a received file (inside the caller's transaction). */
gboolean  polku_store_log_exchange_import        (PolkuStore   *self,
                                                  const char   *kind,
                                                  const char   *sender,
                                                  const char   *created,
                                                  gint64        learner_id,
                                                  gint64        workshop_id,
                                                  guint         n_changes,
                                                  GError      **error);

G_END_DECLS
