/* polku-workshop.c: a workshop of the organisation (e.g. "Puutyöpaja"), mirroring its row.
 *
 * Properties are read-only; each setter saves at once (one transaction in the
 * store) and fails with a #GError, leaving the object as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-workshop"

#include "config.h"

#include "polku-model-record-private.h"
#include "polku-workshop-model-private.h"
#include "polku-workshop.h"

struct _PolkuWorkshop
{
  GObject             parent_instance;

  /* Owned */
  PolkuStore          *store;
  PolkuWorkshopRecord *record;
};

G_DEFINE_FINAL_TYPE (PolkuWorkshop, polku_workshop, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ADDRESS,
  PROP_POSTAL_CODE,
  PROP_MUNICIPALITY,
  PROP_DESCRIPTION,
  PROP_EQUIPMENT,
  PROP_POSITION,
  PROP_ARCHIVED,
  PROP_N_TASKS,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const PolkuRecordField fields[] = {
  POLKU_FIELD (PROP_ID, POLKU_FIELD_INT64, PolkuWorkshopRecord, workshop_id),
  POLKU_FIELD (PROP_NAME, POLKU_FIELD_STRING, PolkuWorkshopRecord, name),
  POLKU_FIELD (PROP_ADDRESS, POLKU_FIELD_STRING, PolkuWorkshopRecord, address),
  POLKU_FIELD (PROP_POSTAL_CODE, POLKU_FIELD_STRING, PolkuWorkshopRecord, postal_code),
  POLKU_FIELD (PROP_MUNICIPALITY, POLKU_FIELD_STRING, PolkuWorkshopRecord, municipality),
  POLKU_FIELD (PROP_DESCRIPTION, POLKU_FIELD_STRING, PolkuWorkshopRecord, description),
  POLKU_FIELD (PROP_EQUIPMENT, POLKU_FIELD_STRING, PolkuWorkshopRecord, equipment),
  POLKU_FIELD (PROP_POSITION, POLKU_FIELD_INT, PolkuWorkshopRecord, ord),
  POLKU_FIELD (PROP_ARCHIVED, POLKU_FIELD_BOOLEAN, PolkuWorkshopRecord, archived),
  POLKU_FIELD (PROP_N_TASKS, POLKU_FIELD_UINT, PolkuWorkshopRecord, n_tasks),
  POLKU_FIELD (PROP_CREATED_AT, POLKU_FIELD_STRING, PolkuWorkshopRecord, created_at),
  POLKU_FIELD (PROP_UPDATED_AT, POLKU_FIELD_STRING, PolkuWorkshopRecord, updated_at),
};

/* Auxiliary methods */

static gboolean
save (PolkuWorkshop        *self,
      PolkuWorkshopRecord  *changed,
      GError              **error)
{
  g_autoptr(PolkuWorkshopRecord) fresh = NULL;

  if (!polku_store_update_workshop (self->store, changed, error))
    return FALSE;

  /* Read back what the store made of it (trimmed texts, timestamps). */
  fresh = polku_store_get_workshop (self->store, self->record->workshop_id, error);
  if (fresh == NULL)
    return FALSE;

  _polku_workshop_update (self, fresh);
  return TRUE;
}

static gboolean
set_text (PolkuWorkshop  *self,
          gsize           offset,
          const char     *value,
          GError        **error)
{
  g_autoptr(PolkuWorkshopRecord) changed = NULL;
  char **member;

  if (g_strcmp0 (*_polku_record_string_member (self->record, offset), value) == 0)
    return TRUE;

  changed = polku_workshop_record_copy (self->record);
  member = _polku_record_string_member (changed, offset);
  g_free (*member);
  *member = g_strdup (value);

  return save (self, changed, error);
}

/* GObject overrides */

static void
polku_workshop_finalize (GObject *object)
{
  PolkuWorkshop *self = (PolkuWorkshop *)object;

  g_clear_pointer (&self->record, polku_workshop_record_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_workshop_parent_class)->finalize (object);
}

static void
polku_workshop_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PolkuWorkshop *self = POLKU_WORKSHOP (object);

  if (_polku_record_get_value (fields, G_N_ELEMENTS (fields), prop_id, self->record, value))
    return;

  switch (prop_id)
    {
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_workshop_class_init (PolkuWorkshopClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_workshop_finalize;
  object_class->get_property = polku_workshop_get_property;

  /* The database id */
  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The name, e.g. "Puutyöpaja" */
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The street address */
  properties [PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The postal code */
  properties [PROP_POSTAL_CODE] =
    g_param_spec_string ("postal-code", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The municipality */
  properties [PROP_MUNICIPALITY] =
    g_param_spec_string ("municipality", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A description of the learning environment */
  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The equipment */
  properties [PROP_EQUIPMENT] =
    g_param_spec_string ("equipment", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The place in the organisation's order */
  properties [PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the workshop is archived */
  properties [PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How many active tasks it has */
  properties [PROP_N_TASKS] =
    g_param_spec_uint ("n-tasks", NULL, NULL,
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
polku_workshop_init (PolkuWorkshop *self)
{
}

/* Private API */

void
_polku_workshop_update (PolkuWorkshop             *self,
                        const PolkuWorkshopRecord *record)
{
  g_autoptr(PolkuWorkshopRecord) old = NULL;

  g_assert (POLKU_IS_WORKSHOP (self));
  g_assert (record->workshop_id == self->record->workshop_id);

  old = g_steal_pointer (&self->record);
  self->record = polku_workshop_record_copy (record);

  g_object_freeze_notify (G_OBJECT (self));
  _polku_record_notify_diff (G_OBJECT (self), properties, fields, G_N_ELEMENTS (fields), old, self->record);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Public API */

/**
 * polku_workshop_new:
 * @store: the database
 * @record: the row, copied
 */
PolkuWorkshop *
polku_workshop_new (PolkuStore                *store,
                    const PolkuWorkshopRecord *record)
{
  PolkuWorkshop *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (POLKU_TYPE_WORKSHOP, NULL);
  self->store = g_object_ref (store);
  self->record = polku_workshop_record_copy (record);

  return self;
}

/**
 * polku_workshop_load:
 *
 * Returns: (transfer full): the object for row @id, or %NULL with @error set
 */
PolkuWorkshop *
polku_workshop_load (PolkuStore  *store,
                     gint64       id,
                     GError     **error)
{
  g_autoptr(PolkuWorkshopRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  record = polku_store_get_workshop (store, id, error);
  if (record == NULL)
    return NULL;

  return polku_workshop_new (store, record);
}

/**
 * polku_workshop_refresh:
 *
 * Reads the row again; the lists do this for their items on every change.
 */
gboolean
polku_workshop_refresh (PolkuWorkshop  *self,
                        GError        **error)
{
  g_autoptr(PolkuWorkshopRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), FALSE);

  record = polku_store_get_workshop (self->store, self->record->workshop_id, error);
  if (record == NULL)
    return FALSE;

  _polku_workshop_update (self, record);
  return TRUE;
}

PolkuStore *
polku_workshop_get_store (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), NULL);

  return self->store;
}

const PolkuWorkshopRecord *
polku_workshop_get_record (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), NULL);

  return self->record;
}

gint64
polku_workshop_get_id (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), 0);

  return self->record->workshop_id;
}

const char *
polku_workshop_get_name (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), NULL);

  return self->record->name;
}

const char *
polku_workshop_get_address (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), NULL);

  return self->record->address;
}

const char *
polku_workshop_get_postal_code (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), NULL);

  return self->record->postal_code;
}

const char *
polku_workshop_get_municipality (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), NULL);

  return self->record->municipality;
}

const char *
polku_workshop_get_description (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), NULL);

  return self->record->description;
}

const char *
polku_workshop_get_equipment (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), NULL);

  return self->record->equipment;
}

int
polku_workshop_get_position (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), 0);

  return self->record->ord;
}

gboolean
polku_workshop_get_archived (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), FALSE);

  return self->record->archived;
}

guint
polku_workshop_get_n_tasks (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), 0);

  return self->record->n_tasks;
}

const char *
polku_workshop_get_created_at (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), NULL);

  return self->record->created_at;
}

const char *
polku_workshop_get_updated_at (PolkuWorkshop *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), NULL);

  return self->record->updated_at;
}

/**
 * polku_workshop_set_name:
 * @name: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the name, e.g. "Puutyöpaja" at once.
 */
gboolean
polku_workshop_set_name (PolkuWorkshop  *self,
                         const char     *name,
                         GError        **error)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuWorkshopRecord, name), name, error);
}

/**
 * polku_workshop_set_address:
 * @address: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the street address at once.
 */
gboolean
polku_workshop_set_address (PolkuWorkshop  *self,
                            const char     *address,
                            GError        **error)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuWorkshopRecord, address), address, error);
}

/**
 * polku_workshop_set_postal_code:
 * @postal_code: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the postal code at once.
 */
gboolean
polku_workshop_set_postal_code (PolkuWorkshop  *self,
                                const char     *postal_code,
                                GError        **error)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuWorkshopRecord, postal_code), postal_code, error);
}

/**
 * polku_workshop_set_municipality:
 * @municipality: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the municipality at once.
 */
gboolean
polku_workshop_set_municipality (PolkuWorkshop  *self,
                                 const char     *municipality,
                                 GError        **error)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuWorkshopRecord, municipality), municipality, error);
}

/**
 * polku_workshop_set_description:
 * @description: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves a description of the learning environment at once.
 */
gboolean
polku_workshop_set_description (PolkuWorkshop  *self,
                                const char     *description,
                                GError        **error)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuWorkshopRecord, description), description, error);
}

/**
 * polku_workshop_set_equipment:
 * @equipment: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the equipment at once.
 */
gboolean
polku_workshop_set_equipment (PolkuWorkshop  *self,
                              const char     *equipment,
                              GError        **error)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuWorkshopRecord, equipment), equipment, error);
}

/**
 * polku_workshop_set_archived:
 *
 * Saves whether the workshop is archived at once.
 */
gboolean
polku_workshop_set_archived (PolkuWorkshop  *self,
                             gboolean        archived,
                             GError        **error)
{
  g_autoptr(PolkuWorkshopRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_WORKSHOP (self), FALSE);

  if ((self->record->archived != 0) == (archived != 0))
    return TRUE;

  changed = polku_workshop_record_copy (self->record);
  changed->archived = archived != 0;
  return save (self, changed, error);
}
