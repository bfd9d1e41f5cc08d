/* polku-learner.c: a learner, mirroring their row.
 *
 * Properties are read-only; each setter saves at once (one transaction in the
 * store) and fails with a #GError, leaving the object as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-learner"

#include "config.h"

#include "polku-catalogue-format.h"
#include "polku-learner-model-private.h"
#include "polku-model-record-private.h"

struct _PolkuLearner
{
  GObject             parent_instance;

  /* Owned */
  PolkuStore         *store;
  PolkuLearnerRecord *record;
  char               *full_name;
  char               *display_name;
  char               *search_key;
  char               *language;
};

G_DEFINE_FINAL_TYPE (PolkuLearner, polku_learner, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FIRST_NAMES,
  PROP_LAST_NAME,
  PROP_PREFERRED_NAME,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_STATUS,
  PROP_COACH,
  PROP_WORKSHOP_ID,
  PROP_WORKSHOP_NAME,
  PROP_PROVIDER_ID,
  PROP_PROVIDER_NAME,
  PROP_STUDENT_NUMBER,
  PROP_URASUUNNITELMA,
  PROP_SPECIAL_SUPPORT,
  PROP_SUPPORT_MEASURES,
  PROP_NOTES,
  PROP_ARCHIVED,
  PROP_ARCHIVED_ON,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_PERUSTE_ID,
  PROP_N_PLAN_UNITS,
  PROP_N_IDENTIFIED,
  PROP_PERIOD_KIND,
  PROP_PERIOD_STARTS_ON,
  PROP_PERIOD_ENDS_ON,
  PROP_NEXT_DEMONSTRATION_ON,
  /* Computed */
  PROP_FULL_NAME,
  PROP_DISPLAY_NAME,
  PROP_STATUS_LABEL,
  PROP_PERUSTE_NAME,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const PolkuRecordField fields[] = {
  POLKU_FIELD (PROP_ID, POLKU_FIELD_INT64, PolkuLearnerRecord, learner_id),
  POLKU_FIELD (PROP_FIRST_NAMES, POLKU_FIELD_STRING, PolkuLearnerRecord, first_names),
  POLKU_FIELD (PROP_LAST_NAME, POLKU_FIELD_STRING, PolkuLearnerRecord, last_name),
  POLKU_FIELD (PROP_PREFERRED_NAME, POLKU_FIELD_STRING, PolkuLearnerRecord, preferred_name),
  POLKU_FIELD (PROP_EMAIL, POLKU_FIELD_STRING, PolkuLearnerRecord, email),
  POLKU_FIELD (PROP_PHONE, POLKU_FIELD_STRING, PolkuLearnerRecord, phone),
  POLKU_FIELD (PROP_STATUS, POLKU_FIELD_ENUM, PolkuLearnerRecord, status),
  POLKU_FIELD (PROP_COACH, POLKU_FIELD_STRING, PolkuLearnerRecord, coach),
  POLKU_FIELD (PROP_WORKSHOP_ID, POLKU_FIELD_INT64, PolkuLearnerRecord, workshop_id),
  POLKU_FIELD (PROP_WORKSHOP_NAME, POLKU_FIELD_STRING, PolkuLearnerRecord, workshop_name),
  POLKU_FIELD (PROP_PROVIDER_ID, POLKU_FIELD_INT64, PolkuLearnerRecord, provider_id),
  POLKU_FIELD (PROP_PROVIDER_NAME, POLKU_FIELD_STRING, PolkuLearnerRecord, provider_name),
  POLKU_FIELD (PROP_STUDENT_NUMBER, POLKU_FIELD_STRING, PolkuLearnerRecord, student_number),
  POLKU_FIELD (PROP_URASUUNNITELMA, POLKU_FIELD_STRING, PolkuLearnerRecord, urasuunnitelma),
  POLKU_FIELD (PROP_SPECIAL_SUPPORT, POLKU_FIELD_BOOLEAN, PolkuLearnerRecord, special_support),
  POLKU_FIELD (PROP_SUPPORT_MEASURES, POLKU_FIELD_STRING, PolkuLearnerRecord, support_measures),
  POLKU_FIELD (PROP_NOTES, POLKU_FIELD_STRING, PolkuLearnerRecord, notes),
  POLKU_FIELD (PROP_ARCHIVED, POLKU_FIELD_BOOLEAN, PolkuLearnerRecord, archived),
  POLKU_FIELD (PROP_ARCHIVED_ON, POLKU_FIELD_STRING, PolkuLearnerRecord, archived_on),
  POLKU_FIELD (PROP_CREATED_AT, POLKU_FIELD_STRING, PolkuLearnerRecord, created_at),
  POLKU_FIELD (PROP_UPDATED_AT, POLKU_FIELD_STRING, PolkuLearnerRecord, updated_at),
  POLKU_FIELD (PROP_PERUSTE_ID, POLKU_FIELD_INT64, PolkuLearnerRecord, peruste_id),
  POLKU_FIELD (PROP_N_PLAN_UNITS, POLKU_FIELD_UINT, PolkuLearnerRecord, n_plan_units),
  POLKU_FIELD (PROP_N_IDENTIFIED, POLKU_FIELD_UINT, PolkuLearnerRecord, n_identified),
  POLKU_FIELD (PROP_PERIOD_KIND, POLKU_FIELD_INT, PolkuLearnerRecord, period_kind),
  POLKU_FIELD (PROP_PERIOD_STARTS_ON, POLKU_FIELD_STRING, PolkuLearnerRecord, period_starts_on),
  POLKU_FIELD (PROP_PERIOD_ENDS_ON, POLKU_FIELD_STRING, PolkuLearnerRecord, period_ends_on),
  POLKU_FIELD (PROP_NEXT_DEMONSTRATION_ON, POLKU_FIELD_STRING, PolkuLearnerRecord, next_demonstration_on),
};

/* Auxiliary methods */

static void
derive (PolkuLearner *self)
{
  g_free (self->full_name);
  g_free (self->display_name);
  g_free (self->search_key);
  self->full_name = polku_learner_record_dup_full_name (self->record);
  self->display_name = polku_learner_record_dup_display_name (self->record);
  self->search_key = polku_learner_record_dup_search_key (self->record);
}

static gboolean
save (PolkuLearner        *self,
      PolkuLearnerRecord  *changed,
      GError             **error)
{
  g_autoptr(PolkuLearnerRecord) fresh = NULL;

  if (!polku_store_update_learner (self->store, changed, error))
    return FALSE;

  fresh = polku_store_get_learner (self->store, self->record->learner_id, error);
  if (fresh == NULL)
    return FALSE;

  _polku_learner_update (self, fresh);
  return TRUE;
}

static gboolean
set_text (PolkuLearner  *self,
          gsize          offset,
          const char    *value,
          GError       **error)
{
  g_autoptr(PolkuLearnerRecord) changed = NULL;
  char **member;

  if (g_strcmp0 (*_polku_record_string_member (self->record, offset), value) == 0)
    return TRUE;

  changed = polku_learner_record_copy (self->record);
  member = _polku_record_string_member (changed, offset);
  g_free (*member);
  *member = g_strdup (value);

  return save (self, changed, error);
}

/* GObject overrides */

static void
polku_learner_finalize (GObject *object)
{
  PolkuLearner *self = (PolkuLearner *)object;

  g_clear_pointer (&self->record, polku_learner_record_free);
  g_clear_object (&self->store);
  g_free (self->full_name);
  g_free (self->display_name);
  g_free (self->search_key);
  g_free (self->language);

  G_OBJECT_CLASS (polku_learner_parent_class)->finalize (object);
}

static void
polku_learner_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PolkuLearner *self = POLKU_LEARNER (object);

  if (_polku_record_get_value (fields, G_N_ELEMENTS (fields), prop_id, self->record, value))
    return;

  switch (prop_id)
    {
    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, polku_learner_get_status_label (self));
      break;

    case PROP_PERUSTE_NAME:
      g_value_set_string (value, polku_learner_get_peruste_name (self));
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_learner_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PolkuLearner *self = POLKU_LEARNER (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      polku_learner_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
polku_learner_class_init (PolkuLearnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_learner_finalize;
  object_class->get_property = polku_learner_get_property;
  object_class->set_property = polku_learner_set_property;

  properties [PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_FIRST_NAMES] = g_param_spec_string ("first-names", NULL, NULL, NULL, RO);
  properties [PROP_LAST_NAME] = g_param_spec_string ("last-name", NULL, NULL, NULL, RO);
  /* The name the person goes by (kutsumanimi) */
  properties [PROP_PREFERRED_NAME] = g_param_spec_string ("preferred-name", NULL, NULL, NULL, RO);
  properties [PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, NULL, RO);
  properties [PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, NULL, RO);
  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, POLKU_TYPE_LEARNER_STATUS, POLKU_LEARNER_STATUS_VALMENTAUTUJA, RO);
  properties [PROP_COACH] = g_param_spec_string ("coach", NULL, NULL, NULL, RO);
  properties [PROP_WORKSHOP_ID] = g_param_spec_int64 ("workshop-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_WORKSHOP_NAME] = g_param_spec_string ("workshop-name", NULL, NULL, NULL, RO);
  properties [PROP_PROVIDER_ID] = g_param_spec_int64 ("provider-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_PROVIDER_NAME] = g_param_spec_string ("provider-name", NULL, NULL, NULL, RO);
  properties [PROP_STUDENT_NUMBER] = g_param_spec_string ("student-number", NULL, NULL, NULL, RO);
  /* The career goal: a koodi_uri of urasuunnitelma, or NULL */
  properties [PROP_URASUUNNITELMA] = g_param_spec_string ("urasuunnitelma", NULL, NULL, NULL, RO);
  properties [PROP_SPECIAL_SUPPORT] = g_param_spec_boolean ("special-support", NULL, NULL, FALSE, RO);
  /* The measures that help (never diagnoses) */
  properties [PROP_SUPPORT_MEASURES] = g_param_spec_string ("support-measures", NULL, NULL, NULL, RO);
  properties [PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, RO);
  properties [PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, RO);
  properties [PROP_ARCHIVED_ON] = g_param_spec_string ("archived-on", NULL, NULL, NULL, RO);
  properties [PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, RO);
  properties [PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL, RO);
  /* The plan's target qualification, 0 when none */
  properties [PROP_PERUSTE_ID] = g_param_spec_int64 ("peruste-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_N_PLAN_UNITS] = g_param_spec_uint ("n-plan-units", NULL, NULL, 0, G_MAXUINT, 0, RO);
  /* Requirements identified at the workshop (or further) */
  properties [PROP_N_IDENTIFIED] = g_param_spec_uint ("n-identified", NULL, NULL, 0, G_MAXUINT, 0, RO);
  /* The latest workshop period's PolkuPeriodKind, -1 when none */
  properties [PROP_PERIOD_KIND] = g_param_spec_int ("period-kind", NULL, NULL, -1, G_MAXINT, -1, RO);
  properties [PROP_PERIOD_STARTS_ON] = g_param_spec_string ("period-starts-on", NULL, NULL, NULL, RO);
  properties [PROP_PERIOD_ENDS_ON] = g_param_spec_string ("period-ends-on", NULL, NULL, NULL, RO);
  /* The first planned demonstration from today on */
  properties [PROP_NEXT_DEMONSTRATION_ON] = g_param_spec_string ("next-demonstration-on", NULL, NULL, NULL, RO);
  /* "Aino Maria Virtanen" */
  properties [PROP_FULL_NAME] = g_param_spec_string ("full-name", NULL, NULL, NULL, RO);
  /* "Aino Virtanen": the preferred name with the last name */
  properties [PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL, RO);
  properties [PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL, RO);
  /* The target qualification's name in the language */
  properties [PROP_PERUSTE_NAME] = g_param_spec_string ("peruste-name", NULL, NULL, NULL, RO);
  /* "fi" or "sv", for peruste-name */
  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "fi",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_learner_init (PolkuLearner *self)
{
  self->language = g_strdup ("fi");
}

/* Private API */

void
_polku_learner_update (PolkuLearner             *self,
                       const PolkuLearnerRecord *record)
{
  g_autoptr(PolkuLearnerRecord) old = NULL;
  g_autofree char *old_full = NULL;
  g_autofree char *old_display = NULL;
  g_autofree char *old_peruste = NULL;

  g_assert (POLKU_IS_LEARNER (self));
  g_assert (record->learner_id == self->record->learner_id);

  old_full = g_strdup (self->full_name);
  old_display = g_strdup (self->display_name);
  old_peruste = g_strdup (polku_learner_get_peruste_name (self));

  old = g_steal_pointer (&self->record);
  self->record = polku_learner_record_copy (record);
  derive (self);

  g_object_freeze_notify (G_OBJECT (self));
  _polku_record_notify_diff (G_OBJECT (self), properties, fields, G_N_ELEMENTS (fields), old, self->record);
  if (g_strcmp0 (old_full, self->full_name) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FULL_NAME]);
  if (g_strcmp0 (old_display, self->display_name) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DISPLAY_NAME]);
  if (old->status != self->record->status)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS_LABEL]);
  if (g_strcmp0 (old_peruste, polku_learner_get_peruste_name (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERUSTE_NAME]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Public API */

/**
 * polku_learner_new:
 * @record: the row, copied
 */
PolkuLearner *
polku_learner_new (PolkuStore               *store,
                   const PolkuLearnerRecord *record)
{
  PolkuLearner *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (POLKU_TYPE_LEARNER, NULL);
  self->store = g_object_ref (store);
  self->record = polku_learner_record_copy (record);
  derive (self);

  return self;
}

/**
 * polku_learner_load:
 *
 * Returns: (transfer full): the learner, or %NULL with @error set
 */
PolkuLearner *
polku_learner_load (PolkuStore  *store,
                    gint64       id,
                    GError     **error)
{
  g_autoptr(PolkuLearnerRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  record = polku_store_get_learner (store, id, error);
  if (record == NULL)
    return NULL;

  return polku_learner_new (store, record);
}

/**
 * polku_learner_refresh:
 *
 * Reads the row again; PolkuLearnerList does this for its items on every change.
 */
gboolean
polku_learner_refresh (PolkuLearner  *self,
                       GError       **error)
{
  g_autoptr(PolkuLearnerRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_LEARNER (self), FALSE);

  record = polku_store_get_learner (self->store, self->record->learner_id, error);
  if (record == NULL)
    return FALSE;

  _polku_learner_update (self, record);
  return TRUE;
}

PolkuStore *
polku_learner_get_store (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->store;
}

const PolkuLearnerRecord *
polku_learner_get_record (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record;
}

/* The names folded for search (see polku_learner_search_key_matches). */
const char *
polku_learner_get_search_key (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->search_key;
}

gint64
polku_learner_get_id (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), 0);
  return self->record->learner_id;
}

const char *
polku_learner_get_first_names (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->first_names;
}

const char *
polku_learner_get_last_name (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->last_name;
}

const char *
polku_learner_get_preferred_name (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->preferred_name;
}

const char *
polku_learner_get_full_name (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->full_name;
}

const char *
polku_learner_get_display_name (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->display_name;
}

const char *
polku_learner_get_email (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->email;
}

const char *
polku_learner_get_phone (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->phone;
}

PolkuLearnerStatus
polku_learner_get_status (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), POLKU_LEARNER_STATUS_VALMENTAUTUJA);
  return self->record->status;
}

const char *
polku_learner_get_status_label (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return polku_learner_status_get_label (self->record->status);
}

const char *
polku_learner_get_coach (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->coach;
}

gint64
polku_learner_get_workshop_id (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), 0);
  return self->record->workshop_id;
}

const char *
polku_learner_get_workshop_name (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->workshop_name;
}

gint64
polku_learner_get_provider_id (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), 0);
  return self->record->provider_id;
}

const char *
polku_learner_get_provider_name (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->provider_name;
}

const char *
polku_learner_get_student_number (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->student_number;
}

const char *
polku_learner_get_urasuunnitelma (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->urasuunnitelma;
}

gboolean
polku_learner_get_special_support (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), FALSE);
  return self->record->special_support;
}

const char *
polku_learner_get_support_measures (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->support_measures;
}

const char *
polku_learner_get_notes (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->notes;
}

gboolean
polku_learner_get_archived (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), FALSE);
  return self->record->archived;
}

const char *
polku_learner_get_archived_on (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->archived_on;
}

const char *
polku_learner_get_created_at (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->created_at;
}

const char *
polku_learner_get_updated_at (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->record->updated_at;
}

gint64
polku_learner_get_peruste_id (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), 0);
  return self->record->peruste_id;
}

const char *
polku_learner_get_peruste_name (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return polku_catalogue_pick_text (self->record->peruste_nimi_fi, self->record->peruste_nimi_sv, self->language);
}

guint
polku_learner_get_n_plan_units (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), 0);
  return self->record->n_plan_units;
}

guint
polku_learner_get_n_identified (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), 0);
  return self->record->n_identified;
}

const char *
polku_learner_get_language (PolkuLearner *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), NULL);
  return self->language;
}

void
polku_learner_set_language (PolkuLearner *self,
                            const char   *language)
{
  g_return_if_fail (POLKU_IS_LEARNER (self));

  if (language == NULL)
    language = "fi";

  if (!_polku_set_string (&self->language, language))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERUSTE_NAME]);
}

/**
 * polku_learner_set_names:
 * @first_names: the first names (required)
 * @last_name: (nullable): the last name
 * @preferred_name: (nullable): the name the person goes by
 *
 * Saves the three names at once.
 */
gboolean
polku_learner_set_names (PolkuLearner  *self,
                         const char    *first_names,
                         const char    *last_name,
                         const char    *preferred_name,
                         GError       **error)
{
  g_autoptr(PolkuLearnerRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_LEARNER (self), FALSE);

  changed = polku_learner_record_copy (self->record);
  _polku_set_string (&changed->first_names, first_names);
  _polku_set_string (&changed->last_name, last_name);
  _polku_set_string (&changed->preferred_name, preferred_name);
  return save (self, changed, error);
}

#define TEXT_SETTER(name, member) \
gboolean \
polku_learner_set_##name (PolkuLearner  *self, \
                          const char    *value, \
                          GError       **error) \
{ \
  g_return_val_if_fail (POLKU_IS_LEARNER (self), FALSE); \
  return set_text (self, G_STRUCT_OFFSET (PolkuLearnerRecord, member), value, error); \
}

/* Each saves at once; the text is trimmed, and empty is stored as NULL. */
TEXT_SETTER (first_names, first_names)
TEXT_SETTER (last_name, last_name)
TEXT_SETTER (preferred_name, preferred_name)
TEXT_SETTER (email, email)
TEXT_SETTER (phone, phone)
TEXT_SETTER (coach, coach)
TEXT_SETTER (student_number, student_number)
TEXT_SETTER (urasuunnitelma, urasuunnitelma)
TEXT_SETTER (support_measures, support_measures)
TEXT_SETTER (notes, notes)

#undef TEXT_SETTER

gboolean
polku_learner_set_status (PolkuLearner        *self,
                          PolkuLearnerStatus   status,
                          GError             **error)
{
  g_autoptr(PolkuLearnerRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_LEARNER (self), FALSE);

  if (self->record->status == status)
    return TRUE;

  changed = polku_learner_record_copy (self->record);
  changed->status = status;
  return save (self, changed, error);
}

/**
 * polku_learner_set_workshop_id:
 * @workshop_id: the workshop, or 0 for none
 */
gboolean
polku_learner_set_workshop_id (PolkuLearner  *self,
                               gint64         workshop_id,
                               GError       **error)
{
  g_autoptr(PolkuLearnerRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_LEARNER (self), FALSE);

  if (self->record->workshop_id == workshop_id)
    return TRUE;

  changed = polku_learner_record_copy (self->record);
  changed->workshop_id = workshop_id;
  return save (self, changed, error);
}

/**
 * polku_learner_set_provider_id:
 * @provider_id: a student's education provider, or 0 for none
 */
gboolean
polku_learner_set_provider_id (PolkuLearner  *self,
                               gint64         provider_id,
                               GError       **error)
{
  g_autoptr(PolkuLearnerRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_LEARNER (self), FALSE);

  if (self->record->provider_id == provider_id)
    return TRUE;

  changed = polku_learner_record_copy (self->record);
  changed->provider_id = provider_id;
  return save (self, changed, error);
}

gboolean
polku_learner_set_special_support (PolkuLearner  *self,
                                   gboolean       special_support,
                                   GError       **error)
{
  g_autoptr(PolkuLearnerRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_LEARNER (self), FALSE);

  if ((self->record->special_support != 0) == (special_support != 0))
    return TRUE;

  changed = polku_learner_record_copy (self->record);
  changed->special_support = special_support != 0;
  return save (self, changed, error);
}

/**
 * polku_learner_set_archived:
 *
 * Archives the learner (today) or brings them back.
 */
gboolean
polku_learner_set_archived (PolkuLearner  *self,
                            gboolean       archived,
                            GError       **error)
{
  g_return_val_if_fail (POLKU_IS_LEARNER (self), FALSE);

  if ((self->record->archived != 0) == (archived != 0))
    return TRUE;

  if (!polku_store_set_learner_archived (self->store, self->record->learner_id, archived, error))
    return FALSE;

  return polku_learner_refresh (self, error);
}
