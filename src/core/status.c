/* status.c - names and messages of nv_status codes, from NV_STATUS_MAP. */
#include "newsvoice.h"

const char *nv_strerror(nv_status status)
{
    switch (status) {
#define NV_STATUS_MSG_(name, value, msg) case name: return msg;
    NV_STATUS_MAP(NV_STATUS_MSG_)
#undef NV_STATUS_MSG_
    }
    return "unknown status";
}

const char *nv_status_name(nv_status status)
{
    switch (status) {
#define NV_STATUS_NAME_(name, value, msg) case name: return #name;
    NV_STATUS_MAP(NV_STATUS_NAME_)
#undef NV_STATUS_NAME_
    }
    return "NV_UNKNOWN";
}

const char *nv_version(void)
{
    return NV_VERSION;
}
