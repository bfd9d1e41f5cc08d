/* polku-store-catalogue-units.h: reading one unit of the catalogue with its
 * requirements and assessment criteria.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-store.h"

G_BEGIN_DECLS

/* Whether a unit is mandatory comes from the structure groups it sits in, and may
 * differ between osaamisalat and tutkintonimikkeet. */
typedef enum
{
  POLKU_UNIT_MANDATORY_UNKNOWN,     /* not in any structure (TUVA parts, loose units) */
  POLKU_UNIT_MANDATORY_YES,
  POLKU_UNIT_MANDATORY_NO,
  POLKU_UNIT_MANDATORY_SOMETIMES,   /* mandatory in some study paths, optional in others */
} PolkuUnitMandatory;

typedef struct
{
  gint64              unit_id;
  gint64              peruste_id;
  char               *koodi_uri;
  char               *koodi_arvo;
  char               *kind;            /* tutkinnon_osa | koulutuksen_osa */
  char               *tyyppi;          /* normaali | tutke2 | reformi_tutke2 | yhteinen | valinnainen */
  char               *nimi_fi;
  char               *nimi_sv;
  char               *nimi_en;
  char               *kuvaus_fi;
  char               *kuvaus_sv;
  char               *osoittamistavat_fi;
  char               *osoittamistavat_sv;
  gint64              generic_scale_id; /* 0: none */
  char               *generic_scale_nimi_fi;
  char               *generic_scale_nimi_sv;
  int                 scale_id;        /* 0: none */
  gboolean            has_credits;
  double              credits_min;     /* across suoritustavat; weeks for TUVA */
  double              credits_max;
  char               *laajuus_yksikko; /* OSAAMISPISTE | VIIKKO | … (the peruste's) */
  PolkuUnitMandatory  mandatory;
  gboolean            embedded;
  gboolean            retired;
  char               *diaarinumero;
  char               *peruste_nimi_fi;
  char               *peruste_nimi_sv;
  char               *koulutustyyppi;
  guint               n_osa_alueet;
} PolkuUnitRecord;

typedef struct
{
  gint64  osa_alue_id;
  gint64  unit_id;
  char   *koodi_uri;
  char   *variant;
  char   *tyyppi;
  char   *nimi_fi;
  char   *nimi_sv;
  char   *nimi_en;
  double  pakollinen_laajuus;   /* < 0: not given */
  double  valinnainen_laajuus;
  int     ord;
} PolkuOsaAlueRecord;

typedef struct
{
  gint64  requirement_id;
  gint64  unit_id;
  gint64  osa_alue_id;          /* 0: a requirement of the unit itself */
  char   *objective_kind;       /* pakollinen | valinnainen | NULL */
  char   *source;
  char   *kohdealue_fi;
  char   *kohdealue_sv;
  char   *kohdealue_en;
  int     kohdealue_ord;
  int     ord;
  int     depth;
  char   *text_fi;
  char   *text_sv;
  char   *text_en;
  char   *koodi_uri;
  char   *koodi_arvo;           /* the number after the koodisto name, or NULL */
  gboolean retired;
} PolkuRequirementRecord;

typedef struct
{
  gint64  criterion_id;
  char   *owner;                /* generic | unit | osa_alue */
  gint64  osa_alue_id;
  int     area_ord;             /* -1: none */
  char   *area_fi;
  char   *area_sv;
  char   *area_koodi_uri;
  int     target_ord;           /* -1: none */
  char   *target_fi;
  char   *target_sv;
  int     level_id;
  int     ord;
  char   *text_fi;
  char   *text_sv;
  char   *text_en;
} PolkuCriterionRecord;

typedef struct
{
  int   level_id;
  int   scale_id;
  int   ord;
  char *label_fi;
  char *label_sv;
  char *label_en;
} PolkuScaleLevelRecord;

void                   polku_unit_record_free          (PolkuUnitRecord        *record);
void                   polku_osa_alue_record_free      (PolkuOsaAlueRecord     *record);
void                   polku_requirement_record_free   (PolkuRequirementRecord *record);
void                   polku_criterion_record_free     (PolkuCriterionRecord   *record);
void                   polku_scale_level_record_free   (PolkuScaleLevelRecord  *record);

PolkuUnitRecord       *polku_store_catalogue_get_unit           (PolkuStore  *self,
                                                                 gint64       unit_id,
                                                                 GError     **error);
GPtrArray             *polku_store_catalogue_list_osa_alueet    (PolkuStore  *self,
                                                                 gint64       unit_id,
                                                                 GError     **error);
GPtrArray             *polku_store_catalogue_list_requirements  (PolkuStore  *self,
                                                                 gint64       unit_id,
                                                                 GError     **error);
GPtrArray             *polku_store_catalogue_list_criteria      (PolkuStore  *self,
                                                                 gint64       unit_id,
                                                                 GError     **error);
GPtrArray             *polku_store_catalogue_list_scale_levels  (PolkuStore  *self,
                                                                 int          scale_id,
                                                                 GError     **error);
gint64                 polku_store_catalogue_find_requirement_unit (PolkuStore  *self,
                                                                    gint64       requirement_id,
                                                                    GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuUnitRecord, polku_unit_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuOsaAlueRecord, polku_osa_alue_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuRequirementRecord, polku_requirement_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCriterionRecord, polku_criterion_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuScaleLevelRecord, polku_scale_level_record_free)

G_END_DECLS
