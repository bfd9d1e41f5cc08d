/* polku-organisation.c: the one organisation a database serves, mirroring its
 * row and following the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-organisation"

#include "config.h"

#include "polku-model-record-private.h"
#include "polku-organisation.h"

struct _PolkuOrganisation
{
  GObject                  parent_instance;

  /* Owned */
  PolkuStore              *store;
  PolkuOrganisationRecord *record;
  gulong                   changed_id;
  gulong                   reset_id;
};

G_DEFINE_FINAL_TYPE (PolkuOrganisation, polku_organisation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_BUSINESS_ID,
  PROP_ADDRESS,
  PROP_POSTAL_CODE,
  PROP_MUNICIPALITY,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const PolkuRecordField fields[] = {
  POLKU_FIELD (PROP_NAME, POLKU_FIELD_STRING, PolkuOrganisationRecord, name),
  POLKU_FIELD (PROP_BUSINESS_ID, POLKU_FIELD_STRING, PolkuOrganisationRecord, business_id),
  POLKU_FIELD (PROP_ADDRESS, POLKU_FIELD_STRING, PolkuOrganisationRecord, address),
  POLKU_FIELD (PROP_POSTAL_CODE, POLKU_FIELD_STRING, PolkuOrganisationRecord, postal_code),
  POLKU_FIELD (PROP_MUNICIPALITY, POLKU_FIELD_STRING, PolkuOrganisationRecord, municipality),
  POLKU_FIELD (PROP_UPDATED_AT, POLKU_FIELD_STRING, PolkuOrganisationRecord, updated_at),
};

/* Auxiliary methods */

static gboolean
reload (PolkuOrganisation  *self,
        GError            **error)
{
  g_autoptr(PolkuOrganisationRecord) old = NULL;
  PolkuOrganisationRecord *record;

  record = polku_store_get_organisation (self->store, error);
  if (record == NULL)
    return FALSE;

  old = g_steal_pointer (&self->record);
  self->record = record;
  _polku_record_notify_diff (G_OBJECT (self), properties, fields, G_N_ELEMENTS (fields), old, self->record);
  return TRUE;
}

static gboolean
set_text (PolkuOrganisation  *self,
          gsize               offset,
          const char         *value,
          GError            **error)
{
  g_autoptr(PolkuOrganisationRecord) changed = NULL;
  char **member;

  if (g_strcmp0 (*_polku_record_string_member (self->record, offset), value) == 0)
    return TRUE;

  changed = polku_organisation_record_copy (self->record);
  member = _polku_record_string_member (changed, offset);
  g_free (*member);
  *member = g_strdup (value);

  return polku_store_update_organisation (self->store, changed, error) && reload (self, error);
}

/* Callbacks */

static void
store_changed_cb (PolkuOrganisation *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    g_warning ("Could not reload the organisation: %s", error->message);
}

/* GObject overrides */

static void
polku_organisation_dispose (GObject *object)
{
  PolkuOrganisation *self = (PolkuOrganisation *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      g_clear_signal_handler (&self->reset_id, self->store);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_organisation_parent_class)->dispose (object);
}

static void
polku_organisation_finalize (GObject *object)
{
  PolkuOrganisation *self = (PolkuOrganisation *)object;

  g_clear_pointer (&self->record, polku_organisation_record_free);

  G_OBJECT_CLASS (polku_organisation_parent_class)->finalize (object);
}

static void
polku_organisation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PolkuOrganisation *self = POLKU_ORGANISATION (object);

  if (!_polku_record_get_value (fields, G_N_ELEMENTS (fields), prop_id, self->record, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
polku_organisation_class_init (PolkuOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_organisation_dispose;
  object_class->finalize = polku_organisation_finalize;
  object_class->get_property = polku_organisation_get_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The Y-tunnus */
  properties [PROP_BUSINESS_ID] =
    g_param_spec_string ("business-id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_POSTAL_CODE] =
    g_param_spec_string ("postal-code", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MUNICIPALITY] =
    g_param_spec_string ("municipality", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_organisation_init (PolkuOrganisation *self)
{
}

/* Public API */

/**
 * polku_organisation_new:
 *
 * Returns: (transfer full): the organisation, loaded and following the store
 */
PolkuOrganisation *
polku_organisation_new (PolkuStore *store)
{
  g_autoptr(GError) error = NULL;
  PolkuOrganisation *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  self = g_object_new (POLKU_TYPE_ORGANISATION, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect_swapped (store, "changed::workshop",
                                               G_CALLBACK (store_changed_cb), self);
  self->reset_id = g_signal_connect_swapped (store, "reset",
                                             G_CALLBACK (store_changed_cb), self);

  if (!reload (self, &error))
    {
      g_warning ("Could not load the organisation: %s", error->message);
      self->record = g_new0 (PolkuOrganisationRecord, 1);
    }

  return self;
}

const PolkuOrganisationRecord *
polku_organisation_get_record (PolkuOrganisation *self)
{
  g_return_val_if_fail (POLKU_IS_ORGANISATION (self), NULL);

  return self->record;
}

const char *
polku_organisation_get_name (PolkuOrganisation *self)
{
  g_return_val_if_fail (POLKU_IS_ORGANISATION (self), NULL);

  return self->record->name;
}

const char *
polku_organisation_get_business_id (PolkuOrganisation *self)
{
  g_return_val_if_fail (POLKU_IS_ORGANISATION (self), NULL);

  return self->record->business_id;
}

const char *
polku_organisation_get_address (PolkuOrganisation *self)
{
  g_return_val_if_fail (POLKU_IS_ORGANISATION (self), NULL);

  return self->record->address;
}

const char *
polku_organisation_get_postal_code (PolkuOrganisation *self)
{
  g_return_val_if_fail (POLKU_IS_ORGANISATION (self), NULL);

  return self->record->postal_code;
}

const char *
polku_organisation_get_municipality (PolkuOrganisation *self)
{
  g_return_val_if_fail (POLKU_IS_ORGANISATION (self), NULL);

  return self->record->municipality;
}

gboolean
polku_organisation_set_name (PolkuOrganisation  *self,
                             const char         *name,
                             GError            **error)
{
  g_return_val_if_fail (POLKU_IS_ORGANISATION (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuOrganisationRecord, name), name, error);
}

/**
 * polku_organisation_set_business_id:
 * @business_id: (nullable): a Y-tunnus "1234567-8" with a valid check digit
 */
gboolean
polku_organisation_set_business_id (PolkuOrganisation  *self,
                                    const char         *business_id,
                                    GError            **error)
{
  g_return_val_if_fail (POLKU_IS_ORGANISATION (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuOrganisationRecord, business_id), business_id, error);
}

gboolean
polku_organisation_set_address (PolkuOrganisation  *self,
                                const char         *address,
                                GError            **error)
{
  g_return_val_if_fail (POLKU_IS_ORGANISATION (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuOrganisationRecord, address), address, error);
}

gboolean
polku_organisation_set_postal_code (PolkuOrganisation  *self,
                                    const char         *postal_code,
                                    GError            **error)
{
  g_return_val_if_fail (POLKU_IS_ORGANISATION (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuOrganisationRecord, postal_code), postal_code, error);
}

gboolean
polku_organisation_set_municipality (PolkuOrganisation  *self,
                                     const char         *municipality,
                                     GError            **error)
{
  g_return_val_if_fail (POLKU_IS_ORGANISATION (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuOrganisationRecord, municipality), municipality, error);
}
