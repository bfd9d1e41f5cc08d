/* polku-contact.c: a contact person of a workshop or of an education provider,
 * mirroring its row.
 *
 * Properties are read-only; each setter saves at once (one transaction in the
 * store) and fails with a #GError, leaving the object as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-contact"

#include "config.h"

#include "polku-model-record-private.h"
#include "polku-workshop-model-private.h"
#include "polku-contact.h"

struct _PolkuContact
{
  GObject            parent_instance;

  /* Owned */
  PolkuStore         *store;
  PolkuContactRecord *record;
};

G_DEFINE_FINAL_TYPE (PolkuContact, polku_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_WORKSHOP_ID,
  PROP_PROVIDER_ID,
  PROP_NAME,
  PROP_TITLE,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const PolkuRecordField fields[] = {
  POLKU_FIELD (PROP_ID, POLKU_FIELD_INT64, PolkuContactRecord, contact_id),
  POLKU_FIELD (PROP_WORKSHOP_ID, POLKU_FIELD_INT64, PolkuContactRecord, workshop_id),
  POLKU_FIELD (PROP_PROVIDER_ID, POLKU_FIELD_INT64, PolkuContactRecord, provider_id),
  POLKU_FIELD (PROP_NAME, POLKU_FIELD_STRING, PolkuContactRecord, name),
  POLKU_FIELD (PROP_TITLE, POLKU_FIELD_STRING, PolkuContactRecord, title),
  POLKU_FIELD (PROP_PHONE, POLKU_FIELD_STRING, PolkuContactRecord, phone),
  POLKU_FIELD (PROP_EMAIL, POLKU_FIELD_STRING, PolkuContactRecord, email),
  POLKU_FIELD (PROP_POSITION, POLKU_FIELD_INT, PolkuContactRecord, ord),
};

/* Auxiliary methods */

static gboolean
save (PolkuContact        *self,
      PolkuContactRecord  *changed,
      GError             **error)
{
  g_autoptr(PolkuContactRecord) fresh = NULL;

  if (!polku_store_update_contact (self->store, changed, error))
    return FALSE;

  /* Read back what the store made of it (trimmed texts, timestamps). */
  fresh = polku_store_get_contact (self->store, self->record->contact_id, error);
  if (fresh == NULL)
    return FALSE;

  _polku_contact_update (self, fresh);
  return TRUE;
}

static gboolean
set_text (PolkuContact  *self,
          gsize          offset,
          const char    *value,
          GError       **error)
{
  g_autoptr(PolkuContactRecord) changed = NULL;
  char **member;

  if (g_strcmp0 (*_polku_record_string_member (self->record, offset), value) == 0)
    return TRUE;

  changed = polku_contact_record_copy (self->record);
  member = _polku_record_string_member (changed, offset);
  g_free (*member);
  *member = g_strdup (value);

  return save (self, changed, error);
}

/* GObject overrides */

static void
polku_contact_finalize (GObject *object)
{
  PolkuContact *self = (PolkuContact *)object;

  g_clear_pointer (&self->record, polku_contact_record_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_contact_parent_class)->finalize (object);
}

static void
polku_contact_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PolkuContact *self = POLKU_CONTACT (object);

  if (_polku_record_get_value (fields, G_N_ELEMENTS (fields), prop_id, self->record, value))
    return;

  switch (prop_id)
    {
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_contact_class_init (PolkuContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_contact_finalize;
  object_class->get_property = polku_contact_get_property;

  /* The database id */
  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The workshop, or 0 */
  properties [PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The education provider, or 0 */
  properties [PROP_PROVIDER_ID] =
    g_param_spec_int64 ("provider-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The name */
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The title or role */
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The phone number */
  properties [PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The e-mail address */
  properties [PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The place in the order */
  properties [PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_contact_init (PolkuContact *self)
{
}

/* Private API */

void
_polku_contact_update (PolkuContact             *self,
                       const PolkuContactRecord *record)
{
  g_autoptr(PolkuContactRecord) old = NULL;

  g_assert (POLKU_IS_CONTACT (self));
  g_assert (record->contact_id == self->record->contact_id);

  old = g_steal_pointer (&self->record);
  self->record = polku_contact_record_copy (record);

  g_object_freeze_notify (G_OBJECT (self));
  _polku_record_notify_diff (G_OBJECT (self), properties, fields, G_N_ELEMENTS (fields), old, self->record);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Public API */

/**
 * polku_contact_new:
 * @store: the database
 * @record: the row, copied
 */
PolkuContact *
polku_contact_new (PolkuStore               *store,
                   const PolkuContactRecord *record)
{
  PolkuContact *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (POLKU_TYPE_CONTACT, NULL);
  self->store = g_object_ref (store);
  self->record = polku_contact_record_copy (record);

  return self;
}

/**
 * polku_contact_load:
 *
 * Returns: (transfer full): the object for row @id, or %NULL with @error set
 */
PolkuContact *
polku_contact_load (PolkuStore  *store,
                    gint64       id,
                    GError     **error)
{
  g_autoptr(PolkuContactRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  record = polku_store_get_contact (store, id, error);
  if (record == NULL)
    return NULL;

  return polku_contact_new (store, record);
}

/**
 * polku_contact_refresh:
 *
 * Reads the row again; the lists do this for their items on every change.
 */
gboolean
polku_contact_refresh (PolkuContact  *self,
                       GError       **error)
{
  g_autoptr(PolkuContactRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_CONTACT (self), FALSE);

  record = polku_store_get_contact (self->store, self->record->contact_id, error);
  if (record == NULL)
    return FALSE;

  _polku_contact_update (self, record);
  return TRUE;
}

PolkuStore *
polku_contact_get_store (PolkuContact *self)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), NULL);

  return self->store;
}

const PolkuContactRecord *
polku_contact_get_record (PolkuContact *self)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), NULL);

  return self->record;
}

gint64
polku_contact_get_id (PolkuContact *self)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), 0);

  return self->record->contact_id;
}

gint64
polku_contact_get_workshop_id (PolkuContact *self)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), 0);

  return self->record->workshop_id;
}

gint64
polku_contact_get_provider_id (PolkuContact *self)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), 0);

  return self->record->provider_id;
}

const char *
polku_contact_get_name (PolkuContact *self)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), NULL);

  return self->record->name;
}

const char *
polku_contact_get_title (PolkuContact *self)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), NULL);

  return self->record->title;
}

const char *
polku_contact_get_phone (PolkuContact *self)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), NULL);

  return self->record->phone;
}

const char *
polku_contact_get_email (PolkuContact *self)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), NULL);

  return self->record->email;
}

int
polku_contact_get_position (PolkuContact *self)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), 0);

  return self->record->ord;
}

/**
 * polku_contact_set_name:
 * @name: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the name at once.
 */
gboolean
polku_contact_set_name (PolkuContact  *self,
                        const char    *name,
                        GError       **error)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuContactRecord, name), name, error);
}

/**
 * polku_contact_set_title:
 * @title: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the title or role at once.
 */
gboolean
polku_contact_set_title (PolkuContact  *self,
                         const char    *title,
                         GError       **error)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuContactRecord, title), title, error);
}

/**
 * polku_contact_set_phone:
 * @phone: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the phone number at once.
 */
gboolean
polku_contact_set_phone (PolkuContact  *self,
                         const char    *phone,
                         GError       **error)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuContactRecord, phone), phone, error);
}

/**
 * polku_contact_set_email:
 * @email: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the e-mail address at once.
 */
gboolean
polku_contact_set_email (PolkuContact  *self,
                         const char    *email,
                         GError       **error)
{
  g_return_val_if_fail (POLKU_IS_CONTACT (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuContactRecord, email), email, error);
}
