/* polku-store-catalogue-search.h: full text search over the catalogue
 * (qualifications, units, requirement texts).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-store.h"

G_BEGIN_DECLS

typedef enum
{
  POLKU_CATALOGUE_HIT_PERUSTE,
  POLKU_CATALOGUE_HIT_UNIT,
  POLKU_CATALOGUE_HIT_REQUIREMENT,
} PolkuCatalogueHitKind;

#define POLKU_CATALOGUE_N_HIT_KINDS 3

/* Around the matching words in PolkuCatalogueHit.snippet; catalogue texts never
 * hold control characters (the importer drops them). */
#define POLKU_CATALOGUE_SNIPPET_START "\002"
#define POLKU_CATALOGUE_SNIPPET_END   "\003"

typedef struct
{
  PolkuCatalogueHitKind  kind;
  gint64                 id;              /* peruste_id | unit_id | requirement_id */
  gint64                 peruste_id;
  gint64                 unit_id;         /* units and requirements */
  gboolean               exact;           /* the query was this item's code */
  double                 score;           /* bm25: lower is better */
  char                  *code;            /* diaarinumero | unit code | requirement code */
  char                  *nimi_fi;         /* name; the text for a requirement */
  char                  *nimi_sv;
  char                  *unit_nimi_fi;    /* requirements: their unit */
  char                  *unit_nimi_sv;
  char                  *peruste_nimi_fi; /* units and requirements: their peruste */
  char                  *peruste_nimi_sv;
  char                  *diaarinumero;
  char                  *snippet;         /* requirements found by text; see the markers above */
} PolkuCatalogueHit;

void         polku_catalogue_hit_free              (PolkuCatalogueHit *hit);
const char  *polku_catalogue_hit_kind_to_string    (PolkuCatalogueHitKind kind);

char        *polku_catalogue_search_build_match    (const char   *query);
GPtrArray   *polku_store_catalogue_search          (PolkuStore   *self,
                                                    const char   *query,
                                                    guint         limit_per_kind,
                                                    GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCatalogueHit, polku_catalogue_hit_free)

G_END_DECLS
