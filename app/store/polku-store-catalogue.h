/* polku-store-catalogue.h: writing an imported peruste into the catalogue tables.
 *
 * The exchange layer turns a document into these plain records; the store writes
 * them in one transaction and keeps unit and requirement identities on re-import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-store.h"

G_BEGIN_DECLS

/* "No value" for the integer fields below; real numbers use NAN for the same. */
#define POLKU_CATALOGUE_NONE G_MININT64

/* Every string in a document record points into PolkuCatalogueDoc.strings (or is
 * static); NULL means SQL NULL. */
typedef struct
{
  const char *fi;
  const char *sv;
  const char *en;
} PolkuCatalogueText;

typedef struct
{
  const char         *uri;
  const char         *arvo;
  PolkuCatalogueText  nimi;
} PolkuCatalogueKoodi;          /* koulutus, osaamisala */

typedef struct
{
  const char         *uri;
  const char         *osaamisala_uri;       /* never NULL: "" when none */
  const char         *tutkinnon_osa_uri;
  const char         *arvo;
  PolkuCatalogueText  nimi;
} PolkuCatalogueTutkintonimike;

typedef struct
{
  const char *koodi;                      /* reformi | ops | naytto */
  const char *laajuus_yksikko;
} PolkuCatalogueSuoritustapa;

typedef struct
{
  const char *suoritustapa;
  guint       unit;                       /* index into PolkuCatalogueDoc.units */
  double      laajuus;
  double      laajuus_max;
  gint64      jarjestys;
} PolkuCatalogueViite;

typedef struct
{
  const char         *suoritustapa;
  const char         *path;
  const char         *parent_path;
  guint               depth;
  guint               ord;
  gboolean            is_unit;
  PolkuCatalogueText  nimi;
  const char         *rooli;
  double              laajuus_min;
  double              laajuus_max;
  gint64              koko_min;
  gint64              koko_max;
  const char         *osaamisala_uri;
  const char         *tutkintonimike_uri;
  int                 unit;               /* index into units, or -1 */
  gboolean            mandatory;
  const char         *ctx_osaamisala_uri;     /* never NULL */
  const char         *ctx_tutkintonimike_uri; /* never NULL */
  PolkuCatalogueText  kuvaus;
} PolkuCatalogueNode;

typedef struct
{
  gint64              id;                 /* ePerusteet id, also generic_scale_id */
  PolkuCatalogueText  nimi;
  gint64              scale_id;
} PolkuCatalogueGenericScale;

typedef struct
{
  const char         *koodi_uri;          /* the unit's key in its peruste */
  const char         *koodi_arvo;
  const char         *kind;               /* tutkinnon_osa | koulutuksen_osa */
  const char         *tyyppi;
  PolkuCatalogueText  nimi;
  PolkuCatalogueText  kuvaus;
  PolkuCatalogueText  osoittamistavat;
  gint64              generic_scale_id;
  gint64              scale_id;
  double              laajuus_min;
  double              laajuus_max;
  gboolean            embedded;
  gint64              eperusteet_id;
  guint               ord;
} PolkuCatalogueUnit;

typedef struct
{
  guint               unit;
  const char         *koodi_uri;
  gint64              eperusteet_id;
  const char         *variant;            /* never NULL */
  const char         *tyyppi;
  PolkuCatalogueText  nimi;
  double              pakollinen_laajuus;
  double              valinnainen_laajuus;
  guint               ord;
} PolkuCatalogueOsaAlue;

typedef struct
{
  const char         *natural_key;
  /* natural_key = key_scope + normalised kohdealue + "|" + key_text [+ "#n"]: lets the
   * store recognise a moved or edited requirement of the same unit and scope. */
  const char         *key_scope;
  const char         *key_text;
  guint               unit;
  int                 osa_alue;           /* index into osa_alueet, or -1 */
  const char         *objective_kind;
  const char         *source;
  PolkuCatalogueText  kohdealue;
  guint               kohdealue_ord;
  guint               ord;
  guint               depth;
  PolkuCatalogueText  text;
  const char         *koodi_uri;
} PolkuCatalogueRequirement;

typedef enum
{
  POLKU_CATALOGUE_OWNER_GENERIC,
  POLKU_CATALOGUE_OWNER_UNIT,
  POLKU_CATALOGUE_OWNER_OSA_ALUE,
} PolkuCatalogueOwner;

typedef struct
{
  PolkuCatalogueOwner owner;
  gint64              generic_scale_id;   /* owner GENERIC */
  int                 unit;               /* owners UNIT and OSA_ALUE */
  int                 osa_alue;           /* owner OSA_ALUE */
  gint64              area_ord;
  PolkuCatalogueText  area;
  const char         *area_koodi_uri;
  gint64              target_ord;
  PolkuCatalogueText  target;
  gint64              level_id;           /* 1–9, see scale_level */
  guint               ord;
  PolkuCatalogueText  text;
} PolkuCatalogueCriterion;

typedef struct
{
  GStringChunk       *strings;

  const char         *diaarinumero;
  gint64              eperusteet_id;
  PolkuCatalogueText  nimi;
  const char         *koulutustyyppi;
  const char         *tyyppi;
  const char         *toteutus;
  const char         *kielet;
  const char         *voimassaolo_alkaa;  /* ISO dates */
  const char         *voimassaolo_loppuu;
  const char         *siirtyma_paattyy;
  const char         *paatospvm;
  const char         *laajuus_yksikko;
  PolkuCatalogueText  kuvaus;
  gint64              global_version;
  const char         *source;             /* file:<name> | api:<url> */

  GArray             *koulutukset;        /* PolkuCatalogueKoodi */
  GArray             *osaamisalat;        /* PolkuCatalogueKoodi */
  GArray             *tutkintonimikkeet;  /* PolkuCatalogueTutkintonimike */
  GArray             *suoritustavat;      /* PolkuCatalogueSuoritustapa */
  GArray             *viitteet;           /* PolkuCatalogueViite */
  GArray             *nodes;              /* PolkuCatalogueNode */
  GArray             *generic_scales;     /* PolkuCatalogueGenericScale */
  GArray             *units;              /* PolkuCatalogueUnit */
  GArray             *osa_alueet;         /* PolkuCatalogueOsaAlue */
  GArray             *requirements;       /* PolkuCatalogueRequirement */
  GArray             *criteria;           /* PolkuCatalogueCriterion */
} PolkuCatalogueDoc;

PolkuCatalogueDoc *polku_catalogue_doc_new    (void);
void               polku_catalogue_doc_free   (PolkuCatalogueDoc *doc);
const char        *polku_catalogue_doc_intern (PolkuCatalogueDoc *doc,
                                               const char        *text,
                                               gssize             length);

typedef enum
{
  POLKU_CATALOGUE_CHANGE_ADDED,
  POLKU_CATALOGUE_CHANGE_CHANGED,
  POLKU_CATALOGUE_CHANGE_REMOVED,
  POLKU_CATALOGUE_CHANGE_RETIRED,         /* gone from the document but still referred to */
} PolkuCatalogueChangeKind;

typedef struct
{
  PolkuCatalogueChangeKind  kind;
  gboolean                  is_unit;      /* else a requirement */
  char                     *unit_code;
  char                     *unit_name;
  char                     *old_text;     /* requirements: text before */
  char                     *new_text;     /* requirements: text after */
  char                     *old_kohdealue; /* CHANGED requirements: kohdealue before */
  char                     *new_kohdealue; /* CHANGED requirements: kohdealue after */
} PolkuCatalogueChange;

typedef struct
{
  gint64     peruste_id;
  gboolean   updated;                     /* the diaarinumero was already there */
  guint      n_units;
  guint      n_requirements;
  guint      n_criteria;
  guint      n_units_added;
  guint      n_units_removed;
  guint      n_units_retired;
  guint      n_requirements_added;
  guint      n_requirements_changed;
  guint      n_requirements_removed;
  guint      n_requirements_retired;
  GPtrArray *changes;                     /* PolkuCatalogueChange; only on update */
} PolkuCatalogueImportResult;

void     polku_catalogue_import_result_free (PolkuCatalogueImportResult  *result);

gboolean polku_store_catalogue_import       (PolkuStore                  *self,
                                             const PolkuCatalogueDoc     *doc,
                                             PolkuCatalogueImportResult **out_result,
                                             GError                     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCatalogueDoc, polku_catalogue_doc_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCatalogueImportResult, polku_catalogue_import_result_free)

G_END_DECLS
