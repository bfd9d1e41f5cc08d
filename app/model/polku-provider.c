/* polku-provider.c: an education provider (koulutuksen järjestäjä), mirroring its row.
 *
 * Properties are read-only; each setter saves at once (one transaction in the
 * store) and fails with a #GError, leaving the object as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-provider"

#include "config.h"

#include "polku-model-record-private.h"
#include "polku-workshop-model-private.h"
#include "polku-provider.h"

struct _PolkuProvider
{
  GObject             parent_instance;

  /* Owned */
  PolkuStore          *store;
  PolkuProviderRecord *record;
};

G_DEFINE_FINAL_TYPE (PolkuProvider, polku_provider, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_OID,
  PROP_NOTES,
  PROP_ARCHIVED,
  PROP_N_AGREEMENTS,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const PolkuRecordField fields[] = {
  POLKU_FIELD (PROP_ID, POLKU_FIELD_INT64, PolkuProviderRecord, provider_id),
  POLKU_FIELD (PROP_NAME, POLKU_FIELD_STRING, PolkuProviderRecord, name),
  POLKU_FIELD (PROP_OID, POLKU_FIELD_STRING, PolkuProviderRecord, oid),
  POLKU_FIELD (PROP_NOTES, POLKU_FIELD_STRING, PolkuProviderRecord, notes),
  POLKU_FIELD (PROP_ARCHIVED, POLKU_FIELD_BOOLEAN, PolkuProviderRecord, archived),
  POLKU_FIELD (PROP_N_AGREEMENTS, POLKU_FIELD_UINT, PolkuProviderRecord, n_agreements),
  POLKU_FIELD (PROP_CREATED_AT, POLKU_FIELD_STRING, PolkuProviderRecord, created_at),
  POLKU_FIELD (PROP_UPDATED_AT, POLKU_FIELD_STRING, PolkuProviderRecord, updated_at),
};

/* Auxiliary methods */

static gboolean
save (PolkuProvider        *self,
      PolkuProviderRecord  *changed,
      GError              **error)
{
  g_autoptr(PolkuProviderRecord) fresh = NULL;

  if (!polku_store_update_provider (self->store, changed, error))
    return FALSE;

  /* Read back what the store made of it (trimmed texts, timestamps). */
  fresh = polku_store_get_provider (self->store, self->record->provider_id, error);
  if (fresh == NULL)
    return FALSE;

  _polku_provider_update (self, fresh);
  return TRUE;
}

static gboolean
set_text (PolkuProvider  *self,
          gsize           offset,
          const char     *value,
          GError        **error)
{
  g_autoptr(PolkuProviderRecord) changed = NULL;
  char **member;

  if (g_strcmp0 (*_polku_record_string_member (self->record, offset), value) == 0)
    return TRUE;

  changed = polku_provider_record_copy (self->record);
  member = _polku_record_string_member (changed, offset);
  g_free (*member);
  *member = g_strdup (value);

  return save (self, changed, error);
}

/* GObject overrides */

static void
polku_provider_finalize (GObject *object)
{
  PolkuProvider *self = (PolkuProvider *)object;

  g_clear_pointer (&self->record, polku_provider_record_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_provider_parent_class)->finalize (object);
}

static void
polku_provider_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PolkuProvider *self = POLKU_PROVIDER (object);

  if (_polku_record_get_value (fields, G_N_ELEMENTS (fields), prop_id, self->record, value))
    return;

  switch (prop_id)
    {
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_provider_class_init (PolkuProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_provider_finalize;
  object_class->get_property = polku_provider_get_property;

  /* The database id */
  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The name */
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The Opetushallitus organisation OID, or NULL */
  properties [PROP_OID] =
    g_param_spec_string ("oid", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Notes */
  properties [PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the provider is archived */
  properties [PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How many agreements name it */
  properties [PROP_N_AGREEMENTS] =
    g_param_spec_uint ("n-agreements", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When it was created (ISO UTC) */
  properties [PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When it was last edited (ISO UTC) */
  properties [PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_provider_init (PolkuProvider *self)
{
}

/* Private API */

void
_polku_provider_update (PolkuProvider             *self,
                        const PolkuProviderRecord *record)
{
  g_autoptr(PolkuProviderRecord) old = NULL;

  g_assert (POLKU_IS_PROVIDER (self));
  g_assert (record->provider_id == self->record->provider_id);

  old = g_steal_pointer (&self->record);
  self->record = polku_provider_record_copy (record);

  g_object_freeze_notify (G_OBJECT (self));
  _polku_record_notify_diff (G_OBJECT (self), properties, fields, G_N_ELEMENTS (fields), old, self->record);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Public API */

/**
 * polku_provider_new:
 * @store: the database
 * @record: the row, copied
 */
PolkuProvider *
polku_provider_new (PolkuStore                *store,
                    const PolkuProviderRecord *record)
{
  PolkuProvider *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (POLKU_TYPE_PROVIDER, NULL);
  self->store = g_object_ref (store);
  self->record = polku_provider_record_copy (record);

  return self;
}

/**
 * polku_provider_load:
 *
 * Returns: (transfer full): the object for row @id, or %NULL with @error set
 */
PolkuProvider *
polku_provider_load (PolkuStore  *store,
                     gint64       id,
                     GError     **error)
{
  g_autoptr(PolkuProviderRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  record = polku_store_get_provider (store, id, error);
  if (record == NULL)
    return NULL;

  return polku_provider_new (store, record);
}

/**
 * polku_provider_refresh:
 *
 * Reads the row again; the lists do this for their items on every change.
 */
gboolean
polku_provider_refresh (PolkuProvider  *self,
                        GError        **error)
{
  g_autoptr(PolkuProviderRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_PROVIDER (self), FALSE);

  record = polku_store_get_provider (self->store, self->record->provider_id, error);
  if (record == NULL)
    return FALSE;

  _polku_provider_update (self, record);
  return TRUE;
}

PolkuStore *
polku_provider_get_store (PolkuProvider *self)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER (self), NULL);

  return self->store;
}

const PolkuProviderRecord *
polku_provider_get_record (PolkuProvider *self)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER (self), NULL);

  return self->record;
}

gint64
polku_provider_get_id (PolkuProvider *self)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER (self), 0);

  return self->record->provider_id;
}

const char *
polku_provider_get_name (PolkuProvider *self)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER (self), NULL);

  return self->record->name;
}

const char *
polku_provider_get_oid (PolkuProvider *self)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER (self), NULL);

  return self->record->oid;
}

const char *
polku_provider_get_notes (PolkuProvider *self)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER (self), NULL);

  return self->record->notes;
}

gboolean
polku_provider_get_archived (PolkuProvider *self)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER (self), FALSE);

  return self->record->archived;
}

guint
polku_provider_get_n_agreements (PolkuProvider *self)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER (self), 0);

  return self->record->n_agreements;
}

const char *
polku_provider_get_created_at (PolkuProvider *self)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER (self), NULL);

  return self->record->created_at;
}

const char *
polku_provider_get_updated_at (PolkuProvider *self)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER (self), NULL);

  return self->record->updated_at;
}

/**
 * polku_provider_set_name:
 * @name: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the name at once.
 */
gboolean
polku_provider_set_name (PolkuProvider  *self,
                         const char     *name,
                         GError        **error)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuProviderRecord, name), name, error);
}

/**
 * polku_provider_set_oid:
 * @oid: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the Opetushallitus organisation OID, or NULL at once.
 */
gboolean
polku_provider_set_oid (PolkuProvider  *self,
                        const char     *oid,
                        GError        **error)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuProviderRecord, oid), oid, error);
}

/**
 * polku_provider_set_notes:
 * @notes: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves notes at once.
 */
gboolean
polku_provider_set_notes (PolkuProvider  *self,
                          const char     *notes,
                          GError        **error)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuProviderRecord, notes), notes, error);
}

/**
 * polku_provider_set_archived:
 *
 * Saves whether the provider is archived at once.
 */
gboolean
polku_provider_set_archived (PolkuProvider  *self,
                             gboolean        archived,
                             GError        **error)
{
  g_autoptr(PolkuProviderRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_PROVIDER (self), FALSE);

  if ((self->record->archived != 0) == (archived != 0))
    return TRUE;

  changed = polku_provider_record_copy (self->record);
  changed->archived = archived != 0;
  return save (self, changed, error);
}
