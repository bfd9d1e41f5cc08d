/* polku-agreement.c: a written cooperation agreement with an education
 * provider, mirroring its row.
 *
 * Properties are read-only; each setter saves at once (one transaction in the
 * store) and fails with a #GError, leaving the object as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-agreement"

#include "config.h"

#include "polku-model-record-private.h"
#include "polku-workshop-model-private.h"
#include "polku-agreement.h"

struct _PolkuAgreement
{
  GObject              parent_instance;

  /* Owned */
  PolkuStore           *store;
  PolkuAgreementRecord *record;

  GDate                 today;
  guint                 warn_days;
  PolkuExpiryState      expiry_state;
};

G_DEFINE_FINAL_TYPE (PolkuAgreement, polku_agreement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_PROVIDER_ID,
  PROP_PROVIDER_NAME,
  PROP_WORKSHOP_ID,
  PROP_WORKSHOP_NAME,
  PROP_TITLE,
  PROP_SIGNED_ON,
  PROP_VALID_FROM,
  PROP_VALID_TO,
  PROP_DOCUMENT,
  PROP_NOTES,
  PROP_ARCHIVED,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_KIND_LABEL,
  PROP_EXPIRY_STATE,
  PROP_DAYS_LEFT,
  PROP_PERUSTEET_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const PolkuRecordField fields[] = {
  POLKU_FIELD (PROP_ID, POLKU_FIELD_INT64, PolkuAgreementRecord, agreement_id),
  POLKU_FIELD (PROP_KIND, POLKU_FIELD_ENUM, PolkuAgreementRecord, kind),
  POLKU_FIELD (PROP_PROVIDER_ID, POLKU_FIELD_INT64, PolkuAgreementRecord, provider_id),
  POLKU_FIELD (PROP_PROVIDER_NAME, POLKU_FIELD_STRING, PolkuAgreementRecord, provider_name),
  POLKU_FIELD (PROP_WORKSHOP_ID, POLKU_FIELD_INT64, PolkuAgreementRecord, workshop_id),
  POLKU_FIELD (PROP_WORKSHOP_NAME, POLKU_FIELD_STRING, PolkuAgreementRecord, workshop_name),
  POLKU_FIELD (PROP_TITLE, POLKU_FIELD_STRING, PolkuAgreementRecord, title),
  POLKU_FIELD (PROP_SIGNED_ON, POLKU_FIELD_STRING, PolkuAgreementRecord, signed_on),
  POLKU_FIELD (PROP_VALID_FROM, POLKU_FIELD_STRING, PolkuAgreementRecord, valid_from),
  POLKU_FIELD (PROP_VALID_TO, POLKU_FIELD_STRING, PolkuAgreementRecord, valid_to),
  POLKU_FIELD (PROP_DOCUMENT, POLKU_FIELD_STRING, PolkuAgreementRecord, document),
  POLKU_FIELD (PROP_NOTES, POLKU_FIELD_STRING, PolkuAgreementRecord, notes),
  POLKU_FIELD (PROP_ARCHIVED, POLKU_FIELD_BOOLEAN, PolkuAgreementRecord, archived),
  POLKU_FIELD (PROP_CREATED_AT, POLKU_FIELD_STRING, PolkuAgreementRecord, created_at),
  POLKU_FIELD (PROP_UPDATED_AT, POLKU_FIELD_STRING, PolkuAgreementRecord, updated_at),
};

/* Auxiliary methods */

static gboolean
save (PolkuAgreement        *self,
      PolkuAgreementRecord  *changed,
      GError               **error)
{
  g_autoptr(PolkuAgreementRecord) fresh = NULL;

  if (!polku_store_update_agreement (self->store, changed, error))
    return FALSE;

  /* Read back what the store made of it (trimmed texts, timestamps). */
  fresh = polku_store_get_agreement (self->store, self->record->agreement_id, error);
  if (fresh == NULL)
    return FALSE;

  _polku_agreement_update (self, fresh);
  return TRUE;
}

static gboolean
set_text (PolkuAgreement  *self,
          gsize            offset,
          const char      *value,
          GError         **error)
{
  g_autoptr(PolkuAgreementRecord) changed = NULL;
  char **member;

  if (g_strcmp0 (*_polku_record_string_member (self->record, offset), value) == 0)
    return TRUE;

  changed = polku_agreement_record_copy (self->record);
  member = _polku_record_string_member (changed, offset);
  g_free (*member);
  *member = g_strdup (value);

  return save (self, changed, error);
}

static void
update_expiry (PolkuAgreement *self)
{
  PolkuExpiryState state;

  state = polku_agreement_expiry_state (self->record->valid_to, &self->today, self->warn_days);
  if (state == self->expiry_state)
    return;

  self->expiry_state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EXPIRY_STATE]);
}

static gboolean
same_perusteet (const PolkuAgreementRecord *a,
                const PolkuAgreementRecord *b)
{
  guint n_a = a->perusteet != NULL ? a->perusteet->len : 0;
  guint n_b = b->perusteet != NULL ? b->perusteet->len : 0;

  if (n_a != n_b)
    return FALSE;

  for (guint i = 0; i < n_a; i++)
    {
      const PolkuPerusteRefRecord *ra = g_ptr_array_index (a->perusteet, i);
      const PolkuPerusteRefRecord *rb = g_ptr_array_index (b->perusteet, i);

      if (ra->peruste_id != rb->peruste_id || g_strcmp0 (ra->nimi_fi, rb->nimi_fi) != 0)
        return FALSE;
    }

  return TRUE;
}

/* GObject overrides */

static void
polku_agreement_finalize (GObject *object)
{
  PolkuAgreement *self = (PolkuAgreement *)object;

  g_clear_pointer (&self->record, polku_agreement_record_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_agreement_parent_class)->finalize (object);
}

static void
polku_agreement_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PolkuAgreement *self = POLKU_AGREEMENT (object);

  if (_polku_record_get_value (fields, G_N_ELEMENTS (fields), prop_id, self->record, value))
    return;

  switch (prop_id)
    {
    case PROP_KIND_LABEL:
      g_value_set_string (value, polku_agreement_kind_get_label (self->record->kind));
      break;

    case PROP_EXPIRY_STATE:
      g_value_set_enum (value, self->expiry_state);
      break;

    case PROP_DAYS_LEFT:
      g_value_set_int (value, polku_agreement_get_days_left (self));
      break;

    case PROP_PERUSTEET_TEXT:
      g_value_take_string (value, polku_agreement_dup_perusteet_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_agreement_class_init (PolkuAgreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_agreement_finalize;
  object_class->get_property = polku_agreement_get_property;

  /* The database id */
  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The kind of agreement */
  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       POLKU_TYPE_AGREEMENT_KIND, POLKU_AGREEMENT_KIND_COOPERATION,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The education provider, or 0 */
  properties [PROP_PROVIDER_ID] =
    g_param_spec_int64 ("provider-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The education provider's name */
  properties [PROP_PROVIDER_NAME] =
    g_param_spec_string ("provider-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The workshop, or 0 for the whole organisation */
  properties [PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The workshop's name */
  properties [PROP_WORKSHOP_NAME] =
    g_param_spec_string ("workshop-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The title */
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The date of signing (ISO) */
  properties [PROP_SIGNED_ON] =
    g_param_spec_string ("signed-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The first valid day (ISO) */
  properties [PROP_VALID_FROM] =
    g_param_spec_string ("valid-from", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The last valid day (ISO), or NULL for open-ended */
  properties [PROP_VALID_TO] =
    g_param_spec_string ("valid-to", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A document reference or file path */
  properties [PROP_DOCUMENT] =
    g_param_spec_string ("document", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Notes */
  properties [PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether it is archived (never flagged) */
  properties [PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL,
                          FALSE,
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

  /* The kind as the user reads it */
  properties [PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Ok, expiring (within the warning period) or expired, judged on "today" */
  properties [PROP_EXPIRY_STATE] =
    g_param_spec_enum ("expiry-state", NULL, NULL,
                       POLKU_TYPE_EXPIRY_STATE, POLKU_EXPIRY_OK,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Days from "today" to the last valid day (negative when expired), or
   * G_MAXINT when open-ended */
  properties [PROP_DAYS_LEFT] =
    g_param_spec_int ("days-left", NULL, NULL,
                      G_MININT, G_MAXINT, G_MAXINT,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The qualifications covered, as one line of names */
  properties [PROP_PERUSTEET_TEXT] =
    g_param_spec_string ("perusteet-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_agreement_init (PolkuAgreement *self)
{
  g_date_clear (&self->today, 1);
  g_date_set_time_t (&self->today, time (NULL));
  self->warn_days = POLKU_AGREEMENT_WARN_DAYS;
}

/* Private API */

void
_polku_agreement_update (PolkuAgreement             *self,
                         const PolkuAgreementRecord *record)
{
  g_autoptr(PolkuAgreementRecord) old = NULL;

  g_assert (POLKU_IS_AGREEMENT (self));
  g_assert (record->agreement_id == self->record->agreement_id);

  old = g_steal_pointer (&self->record);
  self->record = polku_agreement_record_copy (record);

  g_object_freeze_notify (G_OBJECT (self));
  _polku_record_notify_diff (G_OBJECT (self), properties, fields, G_N_ELEMENTS (fields), old, self->record);
  if (old->kind != self->record->kind)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND_LABEL]);
  if (g_strcmp0 (old->valid_to, self->record->valid_to) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DAYS_LEFT]);
  if (!same_perusteet (old, self->record))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERUSTEET_TEXT]);
  update_expiry (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Public API */

/**
 * polku_agreement_new:
 * @store: the database
 * @record: the row, copied
 */
PolkuAgreement *
polku_agreement_new (PolkuStore                 *store,
                     const PolkuAgreementRecord *record)
{
  PolkuAgreement *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (POLKU_TYPE_AGREEMENT, NULL);
  self->store = g_object_ref (store);
  self->record = polku_agreement_record_copy (record);
  self->expiry_state = polku_agreement_expiry_state (self->record->valid_to, &self->today, self->warn_days);

  return self;
}

/**
 * polku_agreement_load:
 *
 * Returns: (transfer full): the object for row @id, or %NULL with @error set
 */
PolkuAgreement *
polku_agreement_load (PolkuStore  *store,
                      gint64       id,
                      GError     **error)
{
  g_autoptr(PolkuAgreementRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  record = polku_store_get_agreement (store, id, error);
  if (record == NULL)
    return NULL;

  return polku_agreement_new (store, record);
}

/**
 * polku_agreement_refresh:
 *
 * Reads the row again; the lists do this for their items on every change.
 */
gboolean
polku_agreement_refresh (PolkuAgreement  *self,
                         GError         **error)
{
  g_autoptr(PolkuAgreementRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), FALSE);

  record = polku_store_get_agreement (self->store, self->record->agreement_id, error);
  if (record == NULL)
    return FALSE;

  _polku_agreement_update (self, record);
  return TRUE;
}

PolkuStore *
polku_agreement_get_store (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return self->store;
}

const PolkuAgreementRecord *
polku_agreement_get_record (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return self->record;
}

gint64
polku_agreement_get_id (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), 0);

  return self->record->agreement_id;
}

PolkuAgreementKind
polku_agreement_get_kind (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), 0);

  return self->record->kind;
}

gint64
polku_agreement_get_provider_id (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), 0);

  return self->record->provider_id;
}

const char *
polku_agreement_get_provider_name (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return self->record->provider_name;
}

gint64
polku_agreement_get_workshop_id (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), 0);

  return self->record->workshop_id;
}

const char *
polku_agreement_get_workshop_name (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return self->record->workshop_name;
}

const char *
polku_agreement_get_title (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return self->record->title;
}

const char *
polku_agreement_get_signed_on (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return self->record->signed_on;
}

const char *
polku_agreement_get_valid_from (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return self->record->valid_from;
}

const char *
polku_agreement_get_valid_to (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return self->record->valid_to;
}

const char *
polku_agreement_get_document (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return self->record->document;
}

const char *
polku_agreement_get_notes (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return self->record->notes;
}

gboolean
polku_agreement_get_archived (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), FALSE);

  return self->record->archived;
}

const char *
polku_agreement_get_created_at (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return self->record->created_at;
}

const char *
polku_agreement_get_updated_at (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return self->record->updated_at;
}

/**
 * polku_agreement_set_kind:
 *
 * Saves the kind of agreement at once.
 */
gboolean
polku_agreement_set_kind (PolkuAgreement      *self,
                          PolkuAgreementKind   kind,
                          GError             **error)
{
  g_autoptr(PolkuAgreementRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), FALSE);

  if (self->record->kind == kind)
    return TRUE;

  changed = polku_agreement_record_copy (self->record);
  changed->kind = kind;
  return save (self, changed, error);
}

/**
 * polku_agreement_set_provider_id:
 *
 * Saves the education provider, or 0 at once.
 */
gboolean
polku_agreement_set_provider_id (PolkuAgreement  *self,
                                 gint64           provider_id,
                                 GError         **error)
{
  g_autoptr(PolkuAgreementRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), FALSE);

  if (self->record->provider_id == provider_id)
    return TRUE;

  changed = polku_agreement_record_copy (self->record);
  changed->provider_id = provider_id;
  return save (self, changed, error);
}

/**
 * polku_agreement_set_workshop_id:
 *
 * Saves the workshop, or 0 for the whole organisation at once.
 */
gboolean
polku_agreement_set_workshop_id (PolkuAgreement  *self,
                                 gint64           workshop_id,
                                 GError         **error)
{
  g_autoptr(PolkuAgreementRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), FALSE);

  if (self->record->workshop_id == workshop_id)
    return TRUE;

  changed = polku_agreement_record_copy (self->record);
  changed->workshop_id = workshop_id;
  return save (self, changed, error);
}

/**
 * polku_agreement_set_title:
 * @title: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the title at once.
 */
gboolean
polku_agreement_set_title (PolkuAgreement  *self,
                           const char      *title,
                           GError         **error)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuAgreementRecord, title), title, error);
}

/**
 * polku_agreement_set_signed_on:
 * @signed_on: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the date of signing (ISO) at once.
 */
gboolean
polku_agreement_set_signed_on (PolkuAgreement  *self,
                               const char      *signed_on,
                               GError         **error)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuAgreementRecord, signed_on), signed_on, error);
}

/**
 * polku_agreement_set_valid_from:
 * @valid_from: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the first valid day (ISO) at once.
 */
gboolean
polku_agreement_set_valid_from (PolkuAgreement  *self,
                                const char      *valid_from,
                                GError         **error)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuAgreementRecord, valid_from), valid_from, error);
}

/**
 * polku_agreement_set_valid_to:
 * @valid_to: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the last valid day (ISO), or NULL for open-ended at once.
 */
gboolean
polku_agreement_set_valid_to (PolkuAgreement  *self,
                              const char      *valid_to,
                              GError         **error)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuAgreementRecord, valid_to), valid_to, error);
}

/**
 * polku_agreement_set_document:
 * @document: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves a document reference or file path at once.
 */
gboolean
polku_agreement_set_document (PolkuAgreement  *self,
                              const char      *document,
                              GError         **error)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuAgreementRecord, document), document, error);
}

/**
 * polku_agreement_set_notes:
 * @notes: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves notes at once.
 */
gboolean
polku_agreement_set_notes (PolkuAgreement  *self,
                           const char      *notes,
                           GError         **error)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuAgreementRecord, notes), notes, error);
}

/**
 * polku_agreement_set_archived:
 *
 * Saves whether it is archived (never flagged) at once.
 */
gboolean
polku_agreement_set_archived (PolkuAgreement  *self,
                              gboolean         archived,
                              GError         **error)
{
  g_autoptr(PolkuAgreementRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), FALSE);

  if ((self->record->archived != 0) == (archived != 0))
    return TRUE;

  changed = polku_agreement_record_copy (self->record);
  changed->archived = archived != 0;
  return save (self, changed, error);
}

/**
 * polku_agreement_get_perusteet:
 *
 * Returns: (transfer none) (element-type PolkuPerusteRefRecord): the
 *   qualifications the agreement covers, by name
 */
const GPtrArray *
polku_agreement_get_perusteet (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return self->record->perusteet;
}

/**
 * polku_agreement_dup_perusteet_text:
 *
 * Returns: (transfer full): the qualifications' names on one line, or %NULL
 */
char *
polku_agreement_dup_perusteet_text (PolkuAgreement *self)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  if (self->record->perusteet == NULL || self->record->perusteet->len == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < self->record->perusteet->len; i++)
    {
      const PolkuPerusteRefRecord *ref = g_ptr_array_index (self->record->perusteet, i);
      const char *name = ref->nimi_fi != NULL ? ref->nimi_fi : ref->nimi_sv;

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, name != NULL ? name : ref->diaarinumero);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * polku_agreement_set_perusteet:
 * @peruste_ids: (array length=n_peruste_ids): the qualifications it covers
 *
 * Saves the qualifications the agreement covers at once.
 */
gboolean
polku_agreement_set_perusteet (PolkuAgreement  *self,
                               const gint64    *peruste_ids,
                               guint            n_peruste_ids,
                               GError         **error)
{
  g_autoptr(PolkuAgreementRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (peruste_ids != NULL || n_peruste_ids == 0, FALSE);

  changed = polku_agreement_record_copy (self->record);
  g_clear_pointer (&changed->perusteet, g_ptr_array_unref);
  changed->perusteet = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_peruste_ref_record_free);
  for (guint i = 0; i < n_peruste_ids; i++)
    {
      PolkuPerusteRefRecord *ref = g_new0 (PolkuPerusteRefRecord, 1);

      ref->peruste_id = peruste_ids[i];
      g_ptr_array_add (changed->perusteet, ref);
    }

  return save (self, changed, error);
}

const char *
polku_agreement_get_kind_label (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), NULL);

  return polku_agreement_kind_get_label (self->record->kind);
}

PolkuExpiryState
polku_agreement_get_expiry_state (PolkuAgreement *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), POLKU_EXPIRY_OK);

  return self->expiry_state;
}

/**
 * polku_agreement_get_days_left:
 *
 * Returns: days from "today" to the last valid day (0 on that day, negative
 *   once expired), or %G_MAXINT for an open-ended agreement
 */
int
polku_agreement_get_days_left (PolkuAgreement *self)
{
  GDate end;

  g_return_val_if_fail (POLKU_IS_AGREEMENT (self), G_MAXINT);

  if (!polku_date_parse_iso (self->record->valid_to, &end))
    return G_MAXINT;

  return g_date_days_between (&self->today, &end);
}

/**
 * polku_agreement_set_today:
 * @today: the date to judge expiry against (the agreement list passes its own)
 * @warn_days: how far ahead an end is flagged
 */
void
polku_agreement_set_today (PolkuAgreement *self,
                           const GDate    *today,
                           guint           warn_days)
{
  gboolean same_day;

  g_return_if_fail (POLKU_IS_AGREEMENT (self));
  g_return_if_fail (today != NULL && g_date_valid (today));

  same_day = g_date_compare (&self->today, today) == 0;
  if (same_day && self->warn_days == warn_days)
    return;

  self->today = *today;
  self->warn_days = warn_days;

  g_object_freeze_notify (G_OBJECT (self));
  if (!same_day)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DAYS_LEFT]);
  update_expiry (self);
  g_object_thaw_notify (G_OBJECT (self));
}
