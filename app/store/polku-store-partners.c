/* polku-store-partners.c: education providers and the written agreements with them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-partners"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-store-workshop-private.h"

#define PROVIDER_GONE _("The education provider no longer exists.")
#define AGREEMENT_GONE _("The agreement no longer exists.")

/* Records */

void
polku_provider_record_free (PolkuProviderRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->name);
  g_free (record->oid);
  g_free (record->notes);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_free (record);
}

PolkuProviderRecord *
polku_provider_record_copy (const PolkuProviderRecord *record)
{
  PolkuProviderRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, sizeof *record);
  copy->name = g_strdup (record->name);
  copy->oid = g_strdup (record->oid);
  copy->notes = g_strdup (record->notes);
  copy->created_at = g_strdup (record->created_at);
  copy->updated_at = g_strdup (record->updated_at);
  return copy;
}

void
polku_agreement_record_free (PolkuAgreementRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->provider_name);
  g_free (record->workshop_name);
  g_free (record->title);
  g_free (record->signed_on);
  g_free (record->valid_from);
  g_free (record->valid_to);
  g_free (record->document);
  g_free (record->notes);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_clear_pointer (&record->perusteet, g_ptr_array_unref);
  g_free (record);
}

static gpointer
copy_peruste_ref (gconstpointer src,
                  gpointer      data)
{
  const PolkuPerusteRefRecord *ref = src;
  PolkuPerusteRefRecord *copy = g_new0 (PolkuPerusteRefRecord, 1);

  copy->peruste_id = ref->peruste_id;
  copy->diaarinumero = g_strdup (ref->diaarinumero);
  copy->nimi_fi = g_strdup (ref->nimi_fi);
  copy->nimi_sv = g_strdup (ref->nimi_sv);
  return copy;
}

PolkuAgreementRecord *
polku_agreement_record_copy (const PolkuAgreementRecord *record)
{
  PolkuAgreementRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, sizeof *record);
  copy->provider_name = g_strdup (record->provider_name);
  copy->workshop_name = g_strdup (record->workshop_name);
  copy->title = g_strdup (record->title);
  copy->signed_on = g_strdup (record->signed_on);
  copy->valid_from = g_strdup (record->valid_from);
  copy->valid_to = g_strdup (record->valid_to);
  copy->document = g_strdup (record->document);
  copy->notes = g_strdup (record->notes);
  copy->created_at = g_strdup (record->created_at);
  copy->updated_at = g_strdup (record->updated_at);
  if (record->perusteet != NULL)
    copy->perusteet = g_ptr_array_copy (record->perusteet, copy_peruste_ref, NULL);
  if (copy->perusteet != NULL)
    g_ptr_array_set_free_func (copy->perusteet, (GDestroyNotify) polku_peruste_ref_record_free);
  return copy;
}

/* Providers */

#define PROVIDER_COLUMNS \
  "pr.provider_id, pr.name, pr.oid, pr.notes, pr.archived, pr.created_at, pr.updated_at, " \
  "(SELECT count(*) FROM agreement a WHERE a.provider_id = pr.provider_id) "

static PolkuProviderRecord *
provider_from_row (sqlite3_stmt *stmt)
{
  PolkuProviderRecord *record = g_new0 (PolkuProviderRecord, 1);

  record->provider_id = sqlite3_column_int64 (stmt, 0);
  record->name = _polku_column_dup (stmt, 1);
  record->oid = _polku_column_dup (stmt, 2);
  record->notes = _polku_column_dup (stmt, 3);
  record->archived = sqlite3_column_int (stmt, 4) != 0;
  record->created_at = _polku_column_dup (stmt, 5);
  record->updated_at = _polku_column_dup (stmt, 6);
  record->n_agreements = (guint) sqlite3_column_int (stmt, 7);
  return record;
}

static gboolean
check_provider (PolkuStore                 *self,
                const PolkuProviderRecord  *record,
                GError                    **error)
{
  g_autofree char *name = _polku_ws_clean (record->name);
  g_autofree char *oid = _polku_ws_clean (record->oid);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean taken;

  if (name == NULL)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("An education provider needs a name."));
      return FALSE;
    }

  if (oid == NULL)
    return TRUE;

  if (!polku_provider_oid_is_valid (oid))
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                   /* Translators: %s is what was typed as an organisation OID. */
                   _("“%s” is not an Opetushallitus organisation OID. Such an OID starts with 1.2.246.562.10. and ends with a number, e.g. 1.2.246.562.10.12345678901."),
                   oid);
      return FALSE;
    }

  stmt = _polku_store_prepare (self,
                               "SELECT name FROM provider WHERE oid = ?1 AND provider_id IS NOT ?2",
                               error);
  if (stmt == NULL)
    return FALSE;

  _polku_bind_text (stmt, 1, oid);
  _polku_ws_bind_id (stmt, 2, record->provider_id);
  taken = _polku_ws_step_row (self, stmt, &local_error);
  if (taken)
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                   /* Translators: the first %s is an organisation OID, the second a provider's name. */
                   _("The OID %s already belongs to “%s”."),
                   oid, (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      return FALSE;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * polku_store_list_providers:
 *
 * Returns: (transfer container) (element-type PolkuProviderRecord): by name
 */
GPtrArray *
polku_store_list_providers (PolkuStore  *self,
                            gboolean     include_archived,
                            GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT " PROVIDER_COLUMNS " FROM provider pr "
                               "WHERE ?1 OR pr.archived = 0 "
                               "ORDER BY pr.archived, pr.name COLLATE NOCASE, pr.provider_id",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, include_archived ? 1 : 0);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_provider_record_free);
  while (_polku_ws_step_row (self, stmt, &local_error))
    g_ptr_array_add (records, provider_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&records);
}

PolkuProviderRecord *
polku_store_get_provider (PolkuStore  *self,
                          gint64       provider_id,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PolkuProviderRecord *record;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT " PROVIDER_COLUMNS " FROM provider pr WHERE pr.provider_id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, provider_id);
  if (!_polku_ws_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND, PROVIDER_GONE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  record = provider_from_row (stmt);
  sqlite3_reset (stmt);
  return record;
}

/**
 * polku_store_add_provider:
 * @record: name (required), oid (validated when given), notes, archived
 *
 * Returns: the new provider's id, or 0 with @error set
 */
gint64
polku_store_add_provider (PolkuStore                 *self,
                          const PolkuProviderRecord  *record,
                          GError                    **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (!_polku_ws_begin (self, error))
    return 0;

  ok = check_provider (self, record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO provider (name, oid, notes, archived) VALUES (?1, ?2, ?3, ?4)",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      _polku_ws_bind_clean (stmt, 1, record->name);
      _polku_ws_bind_clean (stmt, 2, record->oid);
      _polku_ws_bind_clean (stmt, 3, record->notes);
      sqlite3_bind_int (stmt, 4, record->archived ? 1 : 0);
      ok = _polku_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }

  if (!_polku_ws_end (self, ok, error))
    return 0;

  return id;
}

gboolean
polku_store_update_provider (PolkuStore                 *self,
                             const PolkuProviderRecord  *record,
                             GError                    **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  ok = check_provider (self, record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "UPDATE provider SET name = ?2, oid = ?3, notes = ?4, archived = ?5, "
                                   "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                   "WHERE provider_id = ?1",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->provider_id);
      _polku_ws_bind_clean (stmt, 2, record->name);
      _polku_ws_bind_clean (stmt, 3, record->oid);
      _polku_ws_bind_clean (stmt, 4, record->notes);
      sqlite3_bind_int (stmt, 5, record->archived ? 1 : 0);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ws_expect_change (self, PROVIDER_GONE, error);
    }

  return _polku_ws_end (self, ok, error);
}

/**
 * polku_store_delete_provider:
 *
 * Deletes a provider and its contact people. A provider that agreements name
 * is kept (%POLKU_STORE_ERROR_CONSTRAINT): delete or archive those first.
 */
gboolean
polku_store_delete_provider (PolkuStore  *self,
                             gint64       provider_id,
                             GError     **error)
{
  g_autoptr(PolkuProviderRecord) provider = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  provider = polku_store_get_provider (self, provider_id, error);
  ok = provider != NULL;
  if (ok && provider->n_agreements > 0)
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_CONSTRAINT,
                   /* Translators: %s names an education provider, %u is how many agreements name it. */
                   ngettext ("“%s” is a party to %u agreement. Delete the agreement first, or archive the provider.",
                             "“%s” is a party to %u agreements. Delete the agreements first, or archive the provider.",
                             provider->n_agreements),
                   provider->name, provider->n_agreements);
      ok = FALSE;
    }
  if (ok)
    {
      stmt = _polku_store_prepare (self, "DELETE FROM provider WHERE provider_id = ?1", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, provider_id);
      ok = _polku_store_step_done (self, stmt, error);
    }

  return _polku_ws_end (self, ok, error);
}

/* Agreements */

#define AGREEMENT_COLUMNS \
  "a.agreement_id, a.kind, a.provider_id, pr.name, a.workshop_id, w.name, a.title, a.signed_on, " \
  "a.valid_from, a.valid_to, a.document, a.notes, a.archived, a.created_at, a.updated_at "

#define AGREEMENT_FROM \
  "FROM agreement a LEFT JOIN provider pr ON pr.provider_id = a.provider_id " \
  "LEFT JOIN workshop w ON w.workshop_id = a.workshop_id "

static PolkuAgreementRecord *
agreement_from_row (sqlite3_stmt *stmt)
{
  PolkuAgreementRecord *record = g_new0 (PolkuAgreementRecord, 1);

  record->agreement_id = sqlite3_column_int64 (stmt, 0);
  if (!polku_agreement_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &record->kind))
    record->kind = POLKU_AGREEMENT_KIND_COOPERATION;
  record->provider_id = sqlite3_column_int64 (stmt, 2);
  record->provider_name = _polku_column_dup (stmt, 3);
  record->workshop_id = sqlite3_column_int64 (stmt, 4);
  record->workshop_name = _polku_column_dup (stmt, 5);
  record->title = _polku_column_dup (stmt, 6);
  record->signed_on = _polku_column_dup (stmt, 7);
  record->valid_from = _polku_column_dup (stmt, 8);
  record->valid_to = _polku_column_dup (stmt, 9);
  record->document = _polku_column_dup (stmt, 10);
  record->notes = _polku_column_dup (stmt, 11);
  record->archived = sqlite3_column_int (stmt, 12) != 0;
  record->created_at = _polku_column_dup (stmt, 13);
  record->updated_at = _polku_column_dup (stmt, 14);
  record->perusteet = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_peruste_ref_record_free);
  return record;
}

/* Fills in the qualifications of each agreement in @records. */
static gboolean
load_agreement_perusteet (PolkuStore  *self,
                          GPtrArray   *records,
                          GError     **error)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  if (records->len == 0)
    return TRUE;

  for (guint i = 0; i < records->len; i++)
    {
      PolkuAgreementRecord *record = g_ptr_array_index (records, i);

      g_hash_table_insert (index, &record->agreement_id, record);
    }

  stmt = _polku_store_prepare (self,
                               "SELECT ap.agreement_id, p.peruste_id, p.diaarinumero, p.nimi_fi, p.nimi_sv "
                               "FROM agreement_peruste ap JOIN peruste p ON p.peruste_id = ap.peruste_id "
                               "ORDER BY coalesce(p.nimi_fi, p.nimi_sv, p.diaarinumero), p.diaarinumero",
                               error);
  if (stmt == NULL)
    return FALSE;

  while (_polku_ws_step_row (self, stmt, &local_error))
    {
      gint64 agreement_id = sqlite3_column_int64 (stmt, 0);
      PolkuAgreementRecord *record = g_hash_table_lookup (index, &agreement_id);
      PolkuPerusteRefRecord *ref;

      if (record == NULL)
        continue;

      ref = g_new0 (PolkuPerusteRefRecord, 1);
      ref->peruste_id = sqlite3_column_int64 (stmt, 1);
      ref->diaarinumero = _polku_column_dup (stmt, 2);
      ref->nimi_fi = _polku_column_dup (stmt, 3);
      ref->nimi_sv = _polku_column_dup (stmt, 4);
      g_ptr_array_add (record->perusteet, ref);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static GPtrArray *
collect_agreements (PolkuStore    *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_agreement_record_free);
  while (_polku_ws_step_row (self, stmt, &local_error))
    g_ptr_array_add (records, agreement_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!load_agreement_perusteet (self, records, error))
    return NULL;

  return g_steal_pointer (&records);
}

static gboolean
check_agreement (PolkuStore                  *self,
                 const PolkuAgreementRecord  *record,
                 GError                     **error)
{
  g_autofree char *title = _polku_ws_clean (record->title);
  g_autofree char *valid_from = _polku_ws_clean (record->valid_from);
  g_autofree char *valid_to = _polku_ws_clean (record->valid_to);

  if (record->kind > POLKU_AGREEMENT_KIND_OPPISOPIMUS)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("Unknown kind of agreement."));
      return FALSE;
    }

  if (title == NULL)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("An agreement needs a title."));
      return FALSE;
    }

  if (!_polku_ws_check_date (record->signed_on, _("Signed on"), error) ||
      !_polku_ws_check_date (valid_from, _("Valid from"), error) ||
      !_polku_ws_check_date (valid_to, _("Valid to"), error))
    return FALSE;

  if (valid_from != NULL && valid_to != NULL && g_strcmp0 (valid_from, valid_to) > 0)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("An agreement cannot end before it starts."));
      return FALSE;
    }

  if (record->provider_id != 0)
    {
      gboolean exists = FALSE;

      if (!_polku_ws_exists (self, "SELECT 1 FROM provider WHERE provider_id = ?1",
                             record->provider_id, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND, PROVIDER_GONE);
          return FALSE;
        }
    }

  if (record->workshop_id != 0)
    {
      gboolean exists = FALSE;

      if (!_polku_ws_exists (self, "SELECT 1 FROM workshop WHERE workshop_id = ?1",
                             record->workshop_id, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                               _("The workshop no longer exists."));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_agreement_perusteet (PolkuStore                  *self,
                           const PolkuAgreementRecord  *record,
                           gint64                       agreement_id,
                           GError                     **error)
{
  sqlite3_stmt *stmt;

  stmt = _polku_store_prepare (self, "DELETE FROM agreement_peruste WHERE agreement_id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, agreement_id);
  if (!_polku_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; record->perusteet != NULL && i < record->perusteet->len; i++)
    {
      const PolkuPerusteRefRecord *ref = g_ptr_array_index (record->perusteet, i);
      gboolean exists = FALSE;

      if (!_polku_ws_exists (self, "SELECT 1 FROM peruste WHERE peruste_id = ?1",
                             ref->peruste_id, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                               _("The qualification is no longer in the catalogue."));
          return FALSE;
        }

      stmt = _polku_store_prepare (self,
                                   "INSERT OR IGNORE INTO agreement_peruste (agreement_id, peruste_id) "
                                   "VALUES (?1, ?2)",
                                   error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, agreement_id);
      sqlite3_bind_int64 (stmt, 2, ref->peruste_id);
      if (!_polku_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static void
bind_agreement (sqlite3_stmt               *stmt,
                const PolkuAgreementRecord *record)
{
  _polku_bind_text (stmt, 2, polku_agreement_kind_to_string (record->kind));
  _polku_ws_bind_id (stmt, 3, record->provider_id);
  _polku_ws_bind_id (stmt, 4, record->workshop_id);
  _polku_ws_bind_clean (stmt, 5, record->title);
  _polku_ws_bind_clean (stmt, 6, record->signed_on);
  _polku_ws_bind_clean (stmt, 7, record->valid_from);
  _polku_ws_bind_clean (stmt, 8, record->valid_to);
  _polku_ws_bind_clean (stmt, 9, record->document);
  _polku_ws_bind_clean (stmt, 10, record->notes);
  sqlite3_bind_int (stmt, 11, record->archived ? 1 : 0);
}

/**
 * polku_store_list_agreements:
 * @provider_id: one provider's agreements, or 0 for all
 *
 * Returns: (transfer container) (element-type PolkuAgreementRecord): those
 *   ending first first, open-ended ones last
 */
GPtrArray *
polku_store_list_agreements (PolkuStore  *self,
                             gint64       provider_id,
                             gboolean     include_archived,
                             GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT " AGREEMENT_COLUMNS AGREEMENT_FROM
                               "WHERE (?1 IS NULL OR a.provider_id = ?1) AND (?2 OR a.archived = 0) "
                               "ORDER BY a.archived, a.valid_to IS NULL, a.valid_to, a.title, a.agreement_id",
                               error);
  if (stmt == NULL)
    return NULL;

  _polku_ws_bind_id (stmt, 1, provider_id);
  sqlite3_bind_int (stmt, 2, include_archived ? 1 : 0);
  return collect_agreements (self, stmt, error);
}

/**
 * polku_store_list_flagged_agreements:
 * @today: the date to judge against
 * @warn_days: e.g. %POLKU_AGREEMENT_WARN_DAYS
 *
 * The agreements in force or past that need attention: expired, or ending
 * within @warn_days of @today (see polku_agreement_expiry_state()); archived
 * ones are left out.
 *
 * Returns: (transfer container) (element-type PolkuAgreementRecord): by end date
 */
GPtrArray *
polku_store_list_flagged_agreements (PolkuStore   *self,
                                     const GDate  *today,
                                     guint         warn_days,
                                     GError      **error)
{
  g_autoptr(GPtrArray) flagged = NULL;
  g_autoptr(GPtrArray) records = NULL;
  GDate limit;
  g_autofree char *limit_iso = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  limit = *today;
  g_date_add_days (&limit, warn_days);
  limit_iso = polku_date_to_iso (&limit);

  stmt = _polku_store_prepare (self,
                               "SELECT " AGREEMENT_COLUMNS AGREEMENT_FROM
                               "WHERE a.archived = 0 AND a.valid_to IS NOT NULL AND a.valid_to <= ?1 "
                               "ORDER BY a.valid_to, a.title, a.agreement_id",
                               error);
  if (stmt == NULL)
    return NULL;

  _polku_bind_text (stmt, 1, limit_iso);
  records = collect_agreements (self, stmt, error);
  if (records == NULL)
    return NULL;

  /* The pure function has the last word, so that the list and the flags agree. */
  flagged = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_agreement_record_free);
  for (guint i = 0; i < records->len; i++)
    {
      PolkuAgreementRecord *record = g_ptr_array_index (records, i);

      if (polku_agreement_expiry_state (record->valid_to, today, warn_days) != POLKU_EXPIRY_OK)
        g_ptr_array_add (flagged, polku_agreement_record_copy (record));
    }

  return g_steal_pointer (&flagged);
}

PolkuAgreementRecord *
polku_store_get_agreement (PolkuStore  *self,
                           gint64       agreement_id,
                           GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT " AGREEMENT_COLUMNS AGREEMENT_FROM "WHERE a.agreement_id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, agreement_id);
  records = collect_agreements (self, stmt, error);
  if (records == NULL)
    return NULL;

  if (records->len == 0)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND, AGREEMENT_GONE);
      return NULL;
    }

  return g_ptr_array_steal_index (records, 0);
}

/**
 * polku_store_add_agreement:
 * @record: kind, title (required), provider and workshop (0: none), dates
 *   (ISO, validated), document, notes, archived and the qualifications
 *   (perusteet: only their peruste_id is read)
 *
 * Returns: the new agreement's id, or 0 with @error set
 */
gint64
polku_store_add_agreement (PolkuStore                  *self,
                           const PolkuAgreementRecord  *record,
                           GError                     **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (!_polku_ws_begin (self, error))
    return 0;

  ok = check_agreement (self, record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO agreement (kind, provider_id, workshop_id, title, signed_on, "
                                   "valid_from, valid_to, document, notes, archived) "
                                   "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      bind_agreement (stmt, record);
      ok = _polku_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }

  ok = ok && write_agreement_perusteet (self, record, id, error);

  if (!_polku_ws_end (self, ok, error))
    return 0;

  return id;
}

/**
 * polku_store_update_agreement:
 *
 * Writes every field of the agreement, its qualifications included.
 */
gboolean
polku_store_update_agreement (PolkuStore                  *self,
                              const PolkuAgreementRecord  *record,
                              GError                     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  ok = check_agreement (self, record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "UPDATE agreement SET kind = ?2, provider_id = ?3, workshop_id = ?4, "
                                   "title = ?5, signed_on = ?6, valid_from = ?7, valid_to = ?8, "
                                   "document = ?9, notes = ?10, archived = ?11, "
                                   "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                   "WHERE agreement_id = ?1",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->agreement_id);
      bind_agreement (stmt, record);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ws_expect_change (self, AGREEMENT_GONE, error);
    }

  ok = ok && write_agreement_perusteet (self, record, record->agreement_id, error);

  return _polku_ws_end (self, ok, error);
}

gboolean
polku_store_delete_agreement (PolkuStore  *self,
                              gint64       agreement_id,
                              GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self, "DELETE FROM agreement WHERE agreement_id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, agreement_id);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ws_expect_change (self, AGREEMENT_GONE, error);
    }

  return _polku_ws_end (self, ok, error);
}
