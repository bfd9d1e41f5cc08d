/* polku-mapping.c: one task ↔ requirement mapping as a list shows it, from the
 * task's side ("what does this task teach?") or the requirement's ("which
 * tasks teach this?"). Read-only: map and unmap through PolkuTask or the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-mapping"

#include "config.h"

#include "polku-catalogue-format.h"
#include "polku-mapping-private.h"
#include "polku-model-record-private.h"

struct _PolkuMapping
{
  GObject             parent_instance;

  /* Owned */
  PolkuMappingRecord *record;
  char               *language;
  gint64              key;
};

G_DEFINE_FINAL_TYPE (PolkuMapping, polku_mapping, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TASK_ID,
  PROP_WORKSHOP_ID,
  PROP_TASK_TITLE,
  PROP_TASK_ACTIVE,
  PROP_REQUIREMENT_ID,
  PROP_KOODI_URI,
  PROP_TEXT_FI,
  PROP_TEXT_SV,
  PROP_RETIRED,
  PROP_UNIT_ID,
  PROP_UNIT_CODE,
  PROP_PERUSTE_ID,
  PROP_DIAARINUMERO,
  PROP_BY_CODE,
  PROP_MAPPED_AT,
  PROP_RECOGNISED_BY,
  PROP_TEACHER_NAME,
  PROP_TEACHER_ORGANISATION,
  PROP_NOTE,
  PROP_N_CODED,
  /* In the language */
  PROP_TEXT,
  PROP_KOHDEALUE,
  PROP_OSA_ALUE_NAME,
  PROP_UNIT_NAME,
  PROP_PERUSTE_NAME,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const PolkuRecordField fields[] = {
  POLKU_FIELD (PROP_TASK_ID, POLKU_FIELD_INT64, PolkuMappingRecord, task_id),
  POLKU_FIELD (PROP_WORKSHOP_ID, POLKU_FIELD_INT64, PolkuMappingRecord, workshop_id),
  POLKU_FIELD (PROP_TASK_TITLE, POLKU_FIELD_STRING, PolkuMappingRecord, task_title),
  POLKU_FIELD (PROP_TASK_ACTIVE, POLKU_FIELD_BOOLEAN, PolkuMappingRecord, task_active),
  POLKU_FIELD (PROP_REQUIREMENT_ID, POLKU_FIELD_INT64, PolkuMappingRecord, requirement_id),
  POLKU_FIELD (PROP_KOODI_URI, POLKU_FIELD_STRING, PolkuMappingRecord, koodi_uri),
  POLKU_FIELD (PROP_TEXT_FI, POLKU_FIELD_STRING, PolkuMappingRecord, text_fi),
  POLKU_FIELD (PROP_TEXT_SV, POLKU_FIELD_STRING, PolkuMappingRecord, text_sv),
  POLKU_FIELD (PROP_RETIRED, POLKU_FIELD_BOOLEAN, PolkuMappingRecord, retired),
  POLKU_FIELD (PROP_UNIT_ID, POLKU_FIELD_INT64, PolkuMappingRecord, unit_id),
  POLKU_FIELD (PROP_UNIT_CODE, POLKU_FIELD_STRING, PolkuMappingRecord, unit_koodi_arvo),
  POLKU_FIELD (PROP_PERUSTE_ID, POLKU_FIELD_INT64, PolkuMappingRecord, peruste_id),
  POLKU_FIELD (PROP_DIAARINUMERO, POLKU_FIELD_STRING, PolkuMappingRecord, diaarinumero),
  POLKU_FIELD (PROP_BY_CODE, POLKU_FIELD_BOOLEAN, PolkuMappingRecord, by_code),
  POLKU_FIELD (PROP_MAPPED_AT, POLKU_FIELD_STRING, PolkuMappingRecord, mapped_at),
  POLKU_FIELD (PROP_RECOGNISED_BY, POLKU_FIELD_STRING, PolkuMappingRecord, recognised_by),
  POLKU_FIELD (PROP_TEACHER_NAME, POLKU_FIELD_STRING, PolkuMappingRecord, teacher_name),
  POLKU_FIELD (PROP_TEACHER_ORGANISATION, POLKU_FIELD_STRING, PolkuMappingRecord, teacher_organisation),
  POLKU_FIELD (PROP_NOTE, POLKU_FIELD_STRING, PolkuMappingRecord, note),
  POLKU_FIELD (PROP_N_CODED, POLKU_FIELD_UINT, PolkuMappingRecord, n_coded),
};

/* The properties that follow the language. */
static const guint language_props[] = {
  PROP_TEXT, PROP_KOHDEALUE, PROP_OSA_ALUE_NAME, PROP_UNIT_NAME, PROP_PERUSTE_NAME,
};

static PolkuMappingRecord *
mapping_record_copy (const PolkuMappingRecord *record)
{
  PolkuMappingRecord *copy = g_memdup2 (record, sizeof *record);

  copy->task_title = g_strdup (record->task_title);
  copy->natural_key = g_strdup (record->natural_key);
  copy->koodi_uri = g_strdup (record->koodi_uri);
  copy->text_fi = g_strdup (record->text_fi);
  copy->text_sv = g_strdup (record->text_sv);
  copy->kohdealue_fi = g_strdup (record->kohdealue_fi);
  copy->kohdealue_sv = g_strdup (record->kohdealue_sv);
  copy->osa_alue_nimi_fi = g_strdup (record->osa_alue_nimi_fi);
  copy->osa_alue_nimi_sv = g_strdup (record->osa_alue_nimi_sv);
  copy->unit_koodi_uri = g_strdup (record->unit_koodi_uri);
  copy->unit_koodi_arvo = g_strdup (record->unit_koodi_arvo);
  copy->unit_nimi_fi = g_strdup (record->unit_nimi_fi);
  copy->unit_nimi_sv = g_strdup (record->unit_nimi_sv);
  copy->diaarinumero = g_strdup (record->diaarinumero);
  copy->peruste_nimi_fi = g_strdup (record->peruste_nimi_fi);
  copy->peruste_nimi_sv = g_strdup (record->peruste_nimi_sv);
  copy->mapped_at = g_strdup (record->mapped_at);
  copy->recognised_by = g_strdup (record->recognised_by);
  copy->teacher_name = g_strdup (record->teacher_name);
  copy->teacher_organisation = g_strdup (record->teacher_organisation);
  copy->note = g_strdup (record->note);
  return copy;
}

static void
notify_language_props (PolkuMapping *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (language_props); i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties [language_props[i]]);
}

/* GObject overrides */

static void
polku_mapping_finalize (GObject *object)
{
  PolkuMapping *self = (PolkuMapping *)object;

  g_clear_pointer (&self->record, polku_mapping_record_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (polku_mapping_parent_class)->finalize (object);
}

static void
polku_mapping_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PolkuMapping *self = POLKU_MAPPING (object);

  if (_polku_record_get_value (fields, G_N_ELEMENTS (fields), prop_id, self->record, value))
    return;

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, polku_mapping_get_text (self));
      break;

    case PROP_KOHDEALUE:
      g_value_set_string (value, polku_mapping_get_kohdealue (self));
      break;

    case PROP_OSA_ALUE_NAME:
      g_value_set_string (value, polku_catalogue_pick_text (self->record->osa_alue_nimi_fi,
                                                            self->record->osa_alue_nimi_sv,
                                                            self->language));
      break;

    case PROP_UNIT_NAME:
      g_value_set_string (value, polku_mapping_get_unit_name (self));
      break;

    case PROP_PERUSTE_NAME:
      g_value_set_string (value, polku_mapping_get_peruste_name (self));
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_mapping_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PolkuMapping *self = POLKU_MAPPING (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      polku_mapping_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static GParamSpec *
int64_pspec (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0,
                             (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static GParamSpec *
boolean_pspec (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE,
                               (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static void
polku_mapping_class_init (PolkuMappingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_mapping_finalize;
  object_class->get_property = polku_mapping_get_property;
  object_class->set_property = polku_mapping_set_property;

  properties [PROP_TASK_ID] = int64_pspec ("task-id");
  properties [PROP_WORKSHOP_ID] = int64_pspec ("workshop-id");
  properties [PROP_TASK_TITLE] = string_pspec ("task-title");
  /* Inactive tasks are listed, but cover nothing */
  properties [PROP_TASK_ACTIVE] = boolean_pspec ("task-active");
  /* 0 for a code mapping listed on its own */
  properties [PROP_REQUIREMENT_ID] = int64_pspec ("requirement-id");
  properties [PROP_KOODI_URI] = string_pspec ("koodi-uri");
  properties [PROP_TEXT_FI] = string_pspec ("text-fi");
  properties [PROP_TEXT_SV] = string_pspec ("text-sv");
  /* The requirement left the catalogue on a re-import */
  properties [PROP_RETIRED] = boolean_pspec ("retired");
  properties [PROP_UNIT_ID] = int64_pspec ("unit-id");
  /* The unit's code number, e.g. "105429" */
  properties [PROP_UNIT_CODE] = string_pspec ("unit-code");
  properties [PROP_PERUSTE_ID] = int64_pspec ("peruste-id");
  properties [PROP_DIAARINUMERO] = string_pspec ("diaarinumero");
  /* Covered through a mapping of the national code */
  properties [PROP_BY_CODE] = boolean_pspec ("by-code");
  properties [PROP_MAPPED_AT] = string_pspec ("mapped-at");
  properties [PROP_RECOGNISED_BY] = string_pspec ("recognised-by");
  properties [PROP_TEACHER_NAME] = string_pspec ("teacher-name");
  properties [PROP_TEACHER_ORGANISATION] = string_pspec ("teacher-organisation");
  properties [PROP_NOTE] = string_pspec ("note");
  /* Code mappings listed on their own: requirements with the code now */
  properties [PROP_N_CODED] =
    g_param_spec_uint ("n-coded", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_TEXT] = string_pspec ("text");
  properties [PROP_KOHDEALUE] = string_pspec ("kohdealue");
  properties [PROP_OSA_ALUE_NAME] = string_pspec ("osa-alue-name");
  properties [PROP_UNIT_NAME] = string_pspec ("unit-name");
  properties [PROP_PERUSTE_NAME] = string_pspec ("peruste-name");
  /* "fi" or "sv": which catalogue texts the text properties give */
  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "fi",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_mapping_init (PolkuMapping *self)
{
  self->language = g_strdup ("fi");
}

/* Private API */

void
_polku_mapping_set_key (PolkuMapping *self,
                        gint64        key)
{
  self->key = key;
}

gint64
_polku_mapping_get_key (PolkuMapping *self)
{
  return self->key;
}

void
_polku_mapping_update (PolkuMapping             *self,
                       const PolkuMappingRecord *record)
{
  g_autoptr(PolkuMappingRecord) old = g_steal_pointer (&self->record);

  self->record = mapping_record_copy (record);

  g_object_freeze_notify (G_OBJECT (self));
  _polku_record_notify_diff (G_OBJECT (self), properties, fields, G_N_ELEMENTS (fields), old, self->record);
  if (g_strcmp0 (old->text_fi, record->text_fi) != 0 || g_strcmp0 (old->text_sv, record->text_sv) != 0 ||
      g_strcmp0 (old->kohdealue_fi, record->kohdealue_fi) != 0 ||
      g_strcmp0 (old->unit_nimi_fi, record->unit_nimi_fi) != 0 ||
      g_strcmp0 (old->peruste_nimi_fi, record->peruste_nimi_fi) != 0)
    notify_language_props (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Public API */

/**
 * polku_mapping_new:
 * @record: the mapping, copied
 * @language: (nullable): "fi" or "sv" for the text properties
 */
PolkuMapping *
polku_mapping_new (const PolkuMappingRecord *record,
                   const char               *language)
{
  PolkuMapping *self;

  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (POLKU_TYPE_MAPPING, NULL);
  self->record = mapping_record_copy (record);
  if (language != NULL)
    _polku_set_string (&self->language, language);
  return self;
}

const PolkuMappingRecord *
polku_mapping_get_record (PolkuMapping *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING (self), NULL);

  return self->record;
}

gint64
polku_mapping_get_task_id (PolkuMapping *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING (self), 0);

  return self->record->task_id;
}

const char *
polku_mapping_get_task_title (PolkuMapping *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING (self), NULL);

  return self->record->task_title;
}

gint64
polku_mapping_get_requirement_id (PolkuMapping *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING (self), 0);

  return self->record->requirement_id;
}

const char *
polku_mapping_get_text (PolkuMapping *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING (self), NULL);

  return polku_catalogue_pick_text (self->record->text_fi, self->record->text_sv, self->language);
}

const char *
polku_mapping_get_kohdealue (PolkuMapping *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING (self), NULL);

  return polku_catalogue_pick_text (self->record->kohdealue_fi, self->record->kohdealue_sv, self->language);
}

const char *
polku_mapping_get_unit_name (PolkuMapping *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING (self), NULL);

  return polku_catalogue_pick_text (self->record->unit_nimi_fi, self->record->unit_nimi_sv, self->language);
}

const char *
polku_mapping_get_peruste_name (PolkuMapping *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING (self), NULL);

  return polku_catalogue_pick_text (self->record->peruste_nimi_fi, self->record->peruste_nimi_sv,
                                    self->language);
}

const char *
polku_mapping_get_koodi_uri (PolkuMapping *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING (self), NULL);

  return self->record->koodi_uri;
}

gboolean
polku_mapping_get_by_code (PolkuMapping *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING (self), FALSE);

  return self->record->by_code;
}

gboolean
polku_mapping_get_retired (PolkuMapping *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING (self), FALSE);

  return self->record->retired;
}

const char *
polku_mapping_get_language (PolkuMapping *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING (self), NULL);

  return self->language;
}

void
polku_mapping_set_language (PolkuMapping *self,
                            const char   *language)
{
  g_return_if_fail (POLKU_IS_MAPPING (self));

  if (language == NULL)
    language = "fi";

  if (!_polku_set_string (&self->language, language))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  notify_language_props (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
  g_object_thaw_notify (G_OBJECT (self));
}
