/* polku-store-catalogue-read.h: reading perusteet and their structure trees.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-store.h"

G_BEGIN_DECLS

/* A credit or count column that is NULL in the database. */
#define POLKU_STORE_NO_VALUE (-1.0)

typedef struct
{
  gint64  peruste_id;
  char   *diaarinumero;
  char   *nimi_fi;
  char   *nimi_sv;
  char   *nimi_en;
  char   *koulutustyyppi;     /* koulutustyyppi_1 … */
  char   *tyyppi;             /* normaali | amosaayhteinen */
  char   *voimassaolo_alkaa;  /* ISO dates or NULL */
  char   *voimassaolo_loppuu;
  char   *siirtyma_paattyy;
  char   *laajuus_yksikko;    /* OSAAMISPISTE | VIIKKO | NULL */
  char   *imported_at;
  char   *source;
  guint   n_units;            /* units in use, retired ones left out */
} PolkuPerusteRecord;

/* A koulutus, osaamisala or tutkintonimike of a peruste. */
typedef struct
{
  char *uri;
  char *arvo;
  char *nimi_fi;
  char *nimi_sv;
  char *nimi_en;
  char *osaamisala_uri;       /* tutkintonimikkeet only: the osaamisala it belongs to, or NULL */
  char *tutkinnon_osa_uri;    /* tutkintonimikkeet only: the unit that gives it, or NULL */
} PolkuCatalogueCodeRecord;

typedef struct
{
  char *koodi;                /* reformi | ops | naytto */
  char *laajuus_yksikko;
} PolkuSuoritustapaRecord;

/* One node of a structure tree, in preorder. Groups carry their rule; unit
 * leaves carry the unit, its credits from the structure link and whether the
 * group they sit in makes them mandatory. */
typedef struct
{
  char     *path;             /* '0', '0.1', '0.1.3' */
  char     *parent_path;      /* NULL for the root */
  guint     depth;
  gboolean  is_unit;
  char     *nimi_fi;          /* the group's name, or the unit's */
  char     *nimi_sv;
  char     *rooli;            /* groups: määritelty | määrittelemätön | osaamisala | tutkintonimike | vieras */
  double    laajuus_min;      /* groups: the credit rule; POLKU_STORE_NO_VALUE when unset */
  double    laajuus_max;
  int       koko_min;         /* groups: how many units; -1 when unset */
  int       koko_max;
  char     *osaamisala_uri;
  char     *tutkintonimike_uri;
  char     *kuvaus_fi;
  char     *kuvaus_sv;
  /* Unit leaves */
  gint64    unit_id;          /* 0 on groups */
  char     *koodi_uri;
  char     *koodi_arvo;
  gboolean  embedded;
  gboolean  retired;
  int       mandatory;        /* 1, 0, or -1 when not known */
  double    credits;          /* the link's laajuus (or a TUVA unit's minimum) */
  double    credits_max;      /* a range's upper end, or POLKU_STORE_NO_VALUE */
} PolkuStructureNodeRecord;

void polku_peruste_record_free          (PolkuPerusteRecord       *record);
void polku_catalogue_code_record_free   (PolkuCatalogueCodeRecord *record);
void polku_suoritustapa_record_free     (PolkuSuoritustapaRecord  *record);
void polku_structure_node_record_free   (PolkuStructureNodeRecord *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuPerusteRecord, polku_peruste_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCatalogueCodeRecord, polku_catalogue_code_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuSuoritustapaRecord, polku_suoritustapa_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuStructureNodeRecord, polku_structure_node_record_free)

GPtrArray          *polku_store_list_perusteet          (PolkuStore  *self,
                                                         GError     **error);
PolkuPerusteRecord *polku_store_get_peruste             (PolkuStore  *self,
                                                         gint64       peruste_id,
                                                         GError     **error);
gint64              polku_store_count_perusteet         (PolkuStore  *self,
                                                         GError     **error);
GPtrArray          *polku_store_list_koulutukset        (PolkuStore  *self,
                                                         gint64       peruste_id,
                                                         GError     **error);
GPtrArray          *polku_store_list_osaamisalat        (PolkuStore  *self,
                                                         gint64       peruste_id,
                                                         GError     **error);
GPtrArray          *polku_store_list_tutkintonimikkeet  (PolkuStore  *self,
                                                         gint64       peruste_id,
                                                         GError     **error);
GPtrArray          *polku_store_list_suoritustavat      (PolkuStore  *self,
                                                         gint64       peruste_id,
                                                         GError     **error);
GPtrArray          *polku_store_list_structure          (PolkuStore  *self,
                                                         gint64       peruste_id,
                                                         const char  *suoritustapa,
                                                         GError     **error);
gint64              polku_store_get_unit_peruste        (PolkuStore  *self,
                                                         gint64       unit_id,
                                                         GError     **error);

G_END_DECLS
