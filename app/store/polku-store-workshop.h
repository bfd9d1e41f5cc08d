/* polku-store-workshop.h: the organisation, its workshops and their tasks, the
 * mapping of tasks to the catalogue with its coverage, and the education
 * providers with their agreements.
 *
 * Every edit is one transaction, emits PolkuStore::changed with "workshop" after
 * the commit and, when it fails, leaves the database as it was. Free text is
 * trimmed and an empty optional text is stored as NULL. Dates are ISO
 * "YYYY-MM-DD", timestamps ISO UTC.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store.h"

G_BEGIN_DECLS

/* How long before its end an agreement is flagged. */
#define POLKU_AGREEMENT_WARN_DAYS 60

typedef enum
{
  POLKU_AGREEMENT_KIND_GUIDELINES,       /* regional cooperation guidelines */
  POLKU_AGREEMENT_KIND_COOPERATION,      /* cooperation agreement */
  POLKU_AGREEMENT_KIND_KOULUTUSSOPIMUS,  /* framework for koulutussopimus */
  POLKU_AGREEMENT_KIND_OPPISOPIMUS,
} PolkuAgreementKind;

typedef enum
{
  POLKU_EXPIRY_OK,          /* no end date, or ends later than the warning period */
  POLKU_EXPIRY_EXPIRING,    /* ends within the warning period (today included) */
  POLKU_EXPIRY_EXPIRED,     /* ended before today */
} PolkuExpiryState;

/* A whole unit marked as learnable in a workshop; also a coverage level. */
typedef enum
{
  POLKU_UNIT_EXTENT_NONE,
  POLKU_UNIT_EXTENT_PARTIAL,
  POLKU_UNIT_EXTENT_FULL,
} PolkuUnitExtent;

GType polku_agreement_kind_get_type (void) G_GNUC_CONST;
GType polku_expiry_state_get_type   (void) G_GNUC_CONST;
GType polku_unit_extent_get_type    (void) G_GNUC_CONST;

#define POLKU_TYPE_AGREEMENT_KIND (polku_agreement_kind_get_type ())
#define POLKU_TYPE_EXPIRY_STATE   (polku_expiry_state_get_type ())
#define POLKU_TYPE_UNIT_EXTENT    (polku_unit_extent_get_type ())

/* Who recognised a mapping (input; borrowed strings, each may be NULL). As in the
 * PAIKKO reports: the coach, and the vocational teacher and their organisation
 * when one took part. */
typedef struct
{
  const char *recognised_by;
  const char *teacher_name;
  const char *teacher_organisation;
  const char *note;
} PolkuRecognition;

typedef struct
{
  char *name;
  char *business_id;          /* Y-tunnus "1234567-8" */
  char *address;
  char *postal_code;
  char *municipality;
  char *updated_at;
} PolkuOrganisationRecord;

typedef struct
{
  gint64    workshop_id;
  char     *name;
  char     *address;
  char     *postal_code;
  char     *municipality;
  char     *description;      /* of the learning environment */
  char     *equipment;
  int       ord;
  gboolean  archived;
  char     *created_at;
  char     *updated_at;
  guint     n_tasks;          /* out: active tasks */
} PolkuWorkshopRecord;

/* A contact person of a workshop or of an education provider (exactly one set). */
typedef struct
{
  gint64  contact_id;
  gint64  workshop_id;
  gint64  provider_id;
  char   *name;
  char   *title;
  char   *phone;
  char   *email;
  int     ord;
} PolkuContactRecord;

typedef struct
{
  gint64    task_id;
  gint64    workshop_id;
  char     *title;
  char     *description;
  char     *duration;         /* typical duration, as the coach says it */
  char     *tools;            /* tools and materials */
  char     *safety;
  gboolean  active;
  int       ord;
  char     *created_at;
  char     *updated_at;
  guint     n_requirements;   /* out: requirements covered, directly or by code */
  guint     n_codes;          /* out: code mappings */
} PolkuTaskRecord;

/* A task ↔ requirement mapping, read from either side. by_code: the task covers
 * the requirement through a mapping of its national code (koodi_uri); a direct
 * mapping wins when both exist. Code mappings listed on their own
 * (polku_store_list_task_codes) have requirement_id 0. */
typedef struct
{
  /* The task */
  gint64    task_id;
  gint64    workshop_id;
  char     *task_title;
  gboolean  task_active;
  int       task_ord;
  /* The requirement */
  gint64    requirement_id;
  char     *natural_key;
  char     *koodi_uri;        /* national code, or NULL */
  char     *text_fi;
  char     *text_sv;
  char     *kohdealue_fi;
  char     *kohdealue_sv;
  int       kohdealue_ord;
  int       ord;
  gboolean  retired;          /* the requirement left the catalogue on a re-import */
  gint64    osa_alue_id;      /* 0: a requirement of the unit itself */
  char     *osa_alue_nimi_fi;
  char     *osa_alue_nimi_sv;
  gint64    unit_id;
  char     *unit_koodi_uri;
  char     *unit_koodi_arvo;
  char     *unit_nimi_fi;
  char     *unit_nimi_sv;
  gint64    peruste_id;
  char     *diaarinumero;
  char     *peruste_nimi_fi;
  char     *peruste_nimi_sv;
  /* The mapping */
  gboolean  by_code;
  char     *mapped_at;
  char     *recognised_by;
  char     *teacher_name;
  char     *teacher_organisation;
  char     *note;
  guint     n_coded;          /* code mappings only: requirements with the code now */
} PolkuMappingRecord;

/* A task deleted with its mappings, kept so that it can be put back (Undo). */
typedef struct
{
  PolkuTaskRecord *task;
  GPtrArray       *mappings;  /* PolkuMappingRecord: direct (requirement_id) and by code */
} PolkuDeletedTask;

typedef struct
{
  gint64           workshop_id;
  gint64           unit_id;
  PolkuUnitExtent  extent;
  char            *note;
  char            *recognised_at;
  char            *recognised_by;
  char            *teacher_name;
  char            *teacher_organisation;
  char            *unit_koodi_arvo;
  char            *unit_nimi_fi;
  char            *unit_nimi_sv;
  gboolean         unit_retired;
  gint64           peruste_id;
} PolkuWorkshopUnitRecord;

/* The header of a learning environment report: a workshop recognised for one
 * qualification. */
typedef struct
{
  gint64  workshop_id;
  gint64  peruste_id;
  char   *recognised_on;
  char   *recogniser_name;
  char   *recogniser_organisation;
  char   *published_on;
  char   *note;
} PolkuRecognitionRecord;

typedef struct
{
  gint64  peruste_id;
  char   *diaarinumero;
  char   *nimi_fi;
  char   *nimi_sv;
} PolkuPerusteRefRecord;

typedef struct
{
  gint64    task_id;
  gint64    workshop_id;
  char     *title;
  gboolean  by_code;
} PolkuCoveringTaskRecord;

/* One requirement in a coverage, with the active tasks that cover it. */
typedef struct
{
  gint64     requirement_id;
  gint64     unit_id;
  gint64     osa_alue_id;
  char      *osa_alue_nimi_fi;
  char      *osa_alue_nimi_sv;
  char      *objective_kind;  /* pakollinen | valinnainen | NULL */
  char      *kohdealue_fi;
  char      *kohdealue_sv;
  int        kohdealue_ord;
  int        ord;
  int        depth;
  char      *text_fi;
  char      *text_sv;
  char      *koodi_uri;
  GPtrArray *tasks;           /* PolkuCoveringTaskRecord, in workshop and task order */
} PolkuCoverageRowRecord;

typedef struct
{
  gint64           unit_id;
  gint64           peruste_id;
  char            *koodi_uri;
  char            *koodi_arvo;
  char            *nimi_fi;
  char            *nimi_sv;
  int              ord;
  double           credits;   /* < 0: not known */
  guint            n_total;   /* requirements in use */
  guint            n_covered; /* of which covered by an active task */
  PolkuUnitExtent  marked;    /* marked as learnable here (workshop_unit) */
  char            *marked_note;
  PolkuUnitExtent  level;     /* FULL: all covered or marked full; PARTIAL: some, or marked partial */
  GPtrArray       *rows;      /* PolkuCoverageRowRecord, in the unit's order */
} PolkuUnitCoverageRecord;

typedef struct
{
  gint64     peruste_id;
  char      *diaarinumero;
  char      *nimi_fi;
  char      *nimi_sv;
  char      *laajuus_yksikko;   /* OSAAMISPISTE | VIIKKO | NULL */
  guint      n_units;
  guint      n_units_full;
  guint      n_units_partial;
  guint      n_total;
  guint      n_covered;
  double     credits_total;     /* of the units with known credits */
  double     credits_full;      /* learnable here: the fully covered units */
  double     credits_partial;   /* shown separately: the partly covered units */
  GPtrArray *units;             /* PolkuUnitCoverageRecord, in the peruste's order */
} PolkuPerusteCoverageRecord;

typedef struct
{
  gint64    provider_id;
  char     *name;
  char     *oid;              /* Opetushallitus organisation OID 1.2.246.562.10.… */
  char     *notes;
  gboolean  archived;
  char     *created_at;
  char     *updated_at;
  guint     n_agreements;     /* out */
} PolkuProviderRecord;

typedef struct
{
  gint64              agreement_id;
  PolkuAgreementKind  kind;
  gint64              provider_id;   /* 0: none */
  char               *provider_name; /* out */
  gint64              workshop_id;   /* 0: the whole organisation */
  char               *workshop_name; /* out */
  char               *title;
  char               *signed_on;
  char               *valid_from;
  char               *valid_to;
  char               *document;      /* a reference or a file path */
  char               *notes;
  gboolean            archived;      /* archived agreements are never flagged */
  char               *created_at;
  char               *updated_at;
  GPtrArray          *perusteet;     /* PolkuPerusteRefRecord; on input only peruste_id is read */
} PolkuAgreementRecord;

void polku_organisation_record_free     (PolkuOrganisationRecord    *record);
void polku_workshop_record_free         (PolkuWorkshopRecord        *record);
void polku_contact_record_free          (PolkuContactRecord         *record);
void polku_task_record_free             (PolkuTaskRecord            *record);
void polku_mapping_record_free          (PolkuMappingRecord         *record);
void polku_deleted_task_free            (PolkuDeletedTask           *deleted);
void polku_workshop_unit_record_free    (PolkuWorkshopUnitRecord    *record);
void polku_recognition_record_free      (PolkuRecognitionRecord     *record);
gboolean polku_recognition_record_is_recognised (const PolkuRecognitionRecord *record);
void polku_peruste_ref_record_free      (PolkuPerusteRefRecord      *record);
void polku_covering_task_record_free    (PolkuCoveringTaskRecord    *record);
void polku_coverage_row_record_free     (PolkuCoverageRowRecord     *record);
void polku_unit_coverage_record_free    (PolkuUnitCoverageRecord    *record);
void polku_peruste_coverage_record_free (PolkuPerusteCoverageRecord *record);
void polku_provider_record_free         (PolkuProviderRecord        *record);
void polku_agreement_record_free        (PolkuAgreementRecord       *record);

PolkuWorkshopRecord  *polku_workshop_record_copy  (const PolkuWorkshopRecord  *record);
PolkuContactRecord   *polku_contact_record_copy   (const PolkuContactRecord   *record);
PolkuTaskRecord      *polku_task_record_copy      (const PolkuTaskRecord      *record);
PolkuProviderRecord  *polku_provider_record_copy  (const PolkuProviderRecord  *record);
PolkuAgreementRecord *polku_agreement_record_copy (const PolkuAgreementRecord *record);
PolkuOrganisationRecord *polku_organisation_record_copy (const PolkuOrganisationRecord *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuOrganisationRecord, polku_organisation_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuWorkshopRecord, polku_workshop_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuContactRecord, polku_contact_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuTaskRecord, polku_task_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuMappingRecord, polku_mapping_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuDeletedTask, polku_deleted_task_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuWorkshopUnitRecord, polku_workshop_unit_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuRecognitionRecord, polku_recognition_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuPerusteRefRecord, polku_peruste_ref_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCoveringTaskRecord, polku_covering_task_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCoverageRowRecord, polku_coverage_row_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuUnitCoverageRecord, polku_unit_coverage_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuPerusteCoverageRecord, polku_peruste_coverage_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuProviderRecord, polku_provider_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuAgreementRecord, polku_agreement_record_free)

/* Pure helpers (no database) */

gboolean          polku_date_parse_iso              (const char       *iso,
                                                     GDate            *out_date);
char             *polku_date_to_iso                 (const GDate      *date);
PolkuExpiryState  polku_agreement_expiry_state      (const char       *valid_to,
                                                     const GDate      *today,
                                                     guint             warn_days);
gboolean          polku_provider_oid_is_valid       (const char       *oid);
gboolean          polku_business_id_is_valid        (const char       *business_id);
const char       *polku_agreement_kind_to_string    (PolkuAgreementKind kind);
gboolean          polku_agreement_kind_from_string  (const char       *text,
                                                     PolkuAgreementKind *out_kind);
const char       *polku_agreement_kind_get_label    (PolkuAgreementKind kind);

/* Organisation (always exactly one) */

PolkuOrganisationRecord *polku_store_get_organisation    (PolkuStore                     *self,
                                                          GError                        **error);
gboolean                 polku_store_update_organisation (PolkuStore                     *self,
                                                          const PolkuOrganisationRecord  *record,
                                                          GError                        **error);

/* Workshops */

GPtrArray           *polku_store_list_workshops          (PolkuStore                 *self,
                                                          gboolean                    include_archived,
                                                          GError                    **error);
PolkuWorkshopRecord *polku_store_get_workshop            (PolkuStore                 *self,
                                                          gint64                      workshop_id,
                                                          GError                    **error);
gint64               polku_store_add_workshop            (PolkuStore                 *self,
                                                          const PolkuWorkshopRecord  *record,
                                                          GError                    **error);
gboolean             polku_store_update_workshop         (PolkuStore                 *self,
                                                          const PolkuWorkshopRecord  *record,
                                                          GError                    **error);
gboolean             polku_store_set_workshop_archived   (PolkuStore                 *self,
                                                          gint64                      workshop_id,
                                                          gboolean                    archived,
                                                          GError                    **error);
gboolean             polku_store_move_workshop           (PolkuStore                 *self,
                                                          gint64                      workshop_id,
                                                          guint                       position,
                                                          GError                    **error);
gboolean             polku_store_delete_workshop         (PolkuStore                 *self,
                                                          gint64                      workshop_id,
                                                          GError                    **error);

/* Contact people: of a workshop (provider_id 0) or of a provider (workshop_id 0) */

GPtrArray           *polku_store_list_contacts           (PolkuStore                 *self,
                                                          gint64                      workshop_id,
                                                          gint64                      provider_id,
                                                          GError                    **error);
PolkuContactRecord  *polku_store_get_contact             (PolkuStore                 *self,
                                                          gint64                      contact_id,
                                                          GError                    **error);
gint64               polku_store_add_contact             (PolkuStore                 *self,
                                                          const PolkuContactRecord   *record,
                                                          GError                    **error);
gboolean             polku_store_update_contact          (PolkuStore                 *self,
                                                          const PolkuContactRecord   *record,
                                                          GError                    **error);
gboolean             polku_store_move_contact            (PolkuStore                 *self,
                                                          gint64                      contact_id,
                                                          guint                       position,
                                                          GError                    **error);
gboolean             polku_store_delete_contact          (PolkuStore                 *self,
                                                          gint64                      contact_id,
                                                          GError                    **error);

/* Tasks */

GPtrArray           *polku_store_list_tasks              (PolkuStore                 *self,
                                                          gint64                      workshop_id,
                                                          gboolean                    include_inactive,
                                                          GError                    **error);
GPtrArray           *polku_store_search_tasks            (PolkuStore                 *self,
                                                          gint64                      workshop_id,
                                                          const char                 *query,
                                                          gboolean                    include_inactive,
                                                          GError                    **error);
gboolean             polku_task_matches_query            (const PolkuTaskRecord      *record,
                                                          const char                 *query);
PolkuTaskRecord     *polku_store_get_task                (PolkuStore                 *self,
                                                          gint64                      task_id,
                                                          GError                    **error);
gint64               polku_store_add_task                (PolkuStore                 *self,
                                                          const PolkuTaskRecord      *record,
                                                          GError                    **error);
gboolean             polku_store_update_task             (PolkuStore                 *self,
                                                          const PolkuTaskRecord      *record,
                                                          GError                    **error);
gboolean             polku_store_move_task               (PolkuStore                 *self,
                                                          gint64                      task_id,
                                                          guint                       position,
                                                          GError                    **error);
gint64               polku_store_duplicate_task          (PolkuStore                 *self,
                                                          gint64                      task_id,
                                                          gboolean                    with_mappings,
                                                          GError                    **error);
gboolean             polku_store_count_task_uses         (PolkuStore                 *self,
                                                          gint64                      task_id,
                                                          guint                      *out_n_mappings,
                                                          GError                    **error);
PolkuDeletedTask    *polku_store_delete_task             (PolkuStore                 *self,
                                                          gint64                      task_id,
                                                          GError                    **error);
gboolean             polku_store_restore_task            (PolkuStore                 *self,
                                                          const PolkuDeletedTask     *deleted,
                                                          GError                    **error);

/* Mapping tasks to requirements */

gboolean             polku_store_map_requirement         (PolkuStore                 *self,
                                                          gint64                      task_id,
                                                          gint64                      requirement_id,
                                                          const PolkuRecognition     *who,
                                                          GError                    **error);
gboolean             polku_store_map_code                (PolkuStore                 *self,
                                                          gint64                      task_id,
                                                          const char                 *koodi_uri,
                                                          const PolkuRecognition     *who,
                                                          GError                    **error);
gboolean             polku_store_map_requirement_by_code (PolkuStore                 *self,
                                                          gint64                      task_id,
                                                          gint64                      requirement_id,
                                                          const PolkuRecognition     *who,
                                                          GError                    **error);
gboolean             polku_store_unmap_requirement       (PolkuStore                 *self,
                                                          gint64                      task_id,
                                                          gint64                      requirement_id,
                                                          GError                    **error);
gboolean             polku_store_unmap_code              (PolkuStore                 *self,
                                                          gint64                      task_id,
                                                          const char                 *koodi_uri,
                                                          GError                    **error);
GPtrArray           *polku_store_list_task_mappings      (PolkuStore                 *self,
                                                          gint64                      task_id,
                                                          GError                    **error);
GPtrArray           *polku_store_list_task_codes         (PolkuStore                 *self,
                                                          gint64                      task_id,
                                                          GError                    **error);
GPtrArray           *polku_store_list_requirement_mappings (PolkuStore               *self,
                                                          gint64                      requirement_id,
                                                          gint64                      workshop_id,
                                                          GError                    **error);
GPtrArray           *polku_store_list_workshop_mappings  (PolkuStore                 *self,
                                                          gint64                      workshop_id,
                                                          GError                    **error);
GPtrArray           *polku_store_list_retired_mappings   (PolkuStore                 *self,
                                                          gint64                      workshop_id,
                                                          GError                    **error);

/* Whole units learnable in a workshop */

gboolean             polku_store_set_workshop_unit       (PolkuStore                 *self,
                                                          gint64                      workshop_id,
                                                          gint64                      unit_id,
                                                          PolkuUnitExtent             extent,
                                                          const PolkuRecognition     *who,
                                                          GError                    **error);
GPtrArray           *polku_store_list_workshop_units     (PolkuStore                 *self,
                                                          gint64                      workshop_id,
                                                          GError                    **error);

/* Coverage (workshop_id 0: all workshops together) */

PolkuUnitCoverageRecord    *polku_store_get_unit_coverage    (PolkuStore   *self,
                                                              gint64        workshop_id,
                                                              gint64        unit_id,
                                                              GError      **error);
PolkuPerusteCoverageRecord *polku_store_get_peruste_coverage (PolkuStore   *self,
                                                              gint64        workshop_id,
                                                              gint64        peruste_id,
                                                              GError      **error);
GPtrArray                  *polku_store_list_workshop_perusteet (PolkuStore *self,
                                                              gint64        workshop_id,
                                                              GError      **error);

/* Recognition of a workshop as a learning environment for a qualification */

PolkuRecognitionRecord *polku_store_get_recognition     (PolkuStore                    *self,
                                                         gint64                         workshop_id,
                                                         gint64                         peruste_id,
                                                         GError                       **error);
gboolean                polku_store_set_recognition     (PolkuStore                    *self,
                                                         const PolkuRecognitionRecord  *record,
                                                         GError                       **error);
gboolean                polku_store_delete_recognition  (PolkuStore                    *self,
                                                         gint64                         workshop_id,
                                                         gint64                         peruste_id,
                                                         GError                       **error);

/* Education providers */

GPtrArray           *polku_store_list_providers          (PolkuStore                 *self,
                                                          gboolean                    include_archived,
                                                          GError                    **error);
PolkuProviderRecord *polku_store_get_provider            (PolkuStore                 *self,
                                                          gint64                      provider_id,
                                                          GError                    **error);
gint64               polku_store_add_provider            (PolkuStore                 *self,
                                                          const PolkuProviderRecord  *record,
                                                          GError                    **error);
gboolean             polku_store_update_provider         (PolkuStore                 *self,
                                                          const PolkuProviderRecord  *record,
                                                          GError                    **error);
gboolean             polku_store_delete_provider         (PolkuStore                 *self,
                                                          gint64                      provider_id,
                                                          GError                    **error);

/* Agreements */

GPtrArray            *polku_store_list_agreements        (PolkuStore                 *self,
                                                          gint64                      provider_id,
                                                          gboolean                    include_archived,
                                                          GError                    **error);
GPtrArray            *polku_store_list_flagged_agreements (PolkuStore                *self,
                                                          const GDate                *today,
                                                          guint                       warn_days,
                                                          GError                    **error);
PolkuAgreementRecord *polku_store_get_agreement          (PolkuStore                 *self,
                                                          gint64                      agreement_id,
                                                          GError                    **error);
gint64                polku_store_add_agreement          (PolkuStore                 *self,
                                                          const PolkuAgreementRecord *record,
                                                          GError                    **error);
gboolean              polku_store_update_agreement       (PolkuStore                 *self,
                                                          const PolkuAgreementRecord *record,
                                                          GError                    **error);
gboolean              polku_store_delete_agreement       (PolkuStore                 *self,
                                                          gint64                      agreement_id,
                                                          GError                    **error);

G_END_DECLS
