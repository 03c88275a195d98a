// Generated from the registry service's OpenAPI document by tools/build/api-types.cjs. Do not edit.
export interface paths {
    "/api/registry/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询本服务的操作审计记录（按辖区范围）/ Audit records of this service within your scope */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/census/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CensusController_list"];
        put?: never;
        /** 开始年度普查（以当前台账为底）/ Start a yearly census from the current ledger */
        post: operations["CensusController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/census/campaigns/{id}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量核查 / The same check for many records */
        post: operations["CensusController_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/census/campaigns/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各辖区各环节进度与党建基数 / Progress per check per jurisdiction, and the base */
        get: operations["CensusController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/census/campaigns/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CensusController_records"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/census/campaigns/{id}/records/{enterpriseId}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录一次核查（按顺序）/ Record one check, in order */
        post: operations["CensusController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/data-hub/quarantine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待人工处理的异常数据 / Changes held for a person to resolve */
        get: operations["DataHubController_quarantine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/data-hub/quarantine/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修正后写入或忽略 / Apply with corrections, or dismiss */
        post: operations["DataHubController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/data-hub/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DataHubController_runs"];
        put?: never;
        /** 立即从数据共享平台同步 / Pull changes from the data hub now */
        post: operations["DataHubController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/data-hub/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DataHubController_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 台账查询（辖区内，游标分页）/ List the ledger within your scope, cursor-paged */
        get: operations["EnterprisesController_list"];
        put?: never;
        /** 登记市场主体 / Register an enterprise */
        post: operations["EnterprisesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EnterprisesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改台账信息（需带版本号）/ Update ledger fields (with the version read) */
        patch: operations["EnterprisesController_update"];
        trace?: never;
    };
    "/api/registry/enterprises/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 合并影子企业，保留双方历史 / Merge a shadow record into this one, keeping both histories */
        post: operations["EnterprisesController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 企业联络员提交普查信息变更（待园区确认）/ Liaison proposes census-field changes */
        post: operations["ProposalsController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 变更经营状态（经营异常、注销等）/ Change lifecycle status */
        post: operations["EnterprisesController_changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出台账（xlsx 或 csv，中文表头，按筛选条件）/ Export the ledger within your scope and filters */
        get: operations["EnterprisesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载导入模板（中文表头）/ Download the import template */
        get: operations["ImportsController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_list"];
        put?: never;
        /** 上传台账文件并开始导入（xlsx 或 csv）/ Upload a ledger file to import */
        post: operations["ImportsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入进度 / Import progress */
        get: operations["ImportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises/imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未导入的行及原因（json 分页，或 xlsx 全部）/ Refused rows with reasons, paged JSON or an xlsx report */
        get: operations["ImportsController_errors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 变更申请列表 / Change proposals */
        get: operations["ProposalsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises/proposals/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认变更并写入台账 / Confirm and apply to the ledger */
        post: operations["ProposalsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises/proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回变更申请 / Reject with a reason */
        post: operations["ProposalsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 台账概况：按类型、状态、行业门类计数 / Ledger figures by kind, status and industry section */
        get: operations["EnterprisesController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/system/probes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发送事件链路探针 / Send a probe event through outbox, JetStream and every durable consumer */
        post: operations["SystemController_sendProbe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/system/probes/{probeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看探针送达情况 / Which services received the probe */
        get: operations["SystemController_probe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/system/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本服务及其他服务的连通状态、事件发件箱 / This service, request/reply reachability of the others, and its outbox */
        get: operations["SystemController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditActorDto: {
            id: string;
            /** @description user、service 或 system */
            kind: string;
            username?: string;
        };
        AuditEntryDto: {
            _id: string;
            /** @description 操作，如 enterprise.update / action */
            action: string;
            actor: components["schemas"]["AuditActorDto"];
            at: string;
            /** @description 字段 → { from, to } / field → { from, to } */
            changes?: {
                [key: string]: unknown;
            };
            requestId?: string;
            target?: components["schemas"]["AuditTargetDto"];
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            next?: string;
        };
        AuditTargetDto: {
            id: string;
            kind: string;
            orgPath?: string;
        };
        BulkCheckDto: {
            comment?: string;
            /**
             * @description 企业编号（最多 1000 个）/ enterprise ids, up to 1000
             * @example [
             *       "3f0c6b1e-8d5a-5c2e-9b7a-2f4d6e8a1c3b"
             *     ]
             */
            enterpriseIds: string[];
            /**
             * @description 剔除原因：空壳、僵尸、影子、其他 / why excluded
             * @enum {string}
             */
            reason?: "shell" | "zombie" | "shadow" | "other";
            /**
             * @description 本次核查环节（须按顺序）/ the check, in order
             * @enum {string}
             */
            stage: "township-preliminary" | "liaison-on-site" | "industry-filter" | "responsible-unit-summary" | "org-dept-standard";
            /** @enum {string} */
            verdict: "pass" | "exclude";
        };
        CampaignListDto: {
            items: components["schemas"]["CampaignViewDto"][];
        };
        CampaignProgressDto: {
            /** @description 已纳入基数，按类型 / in the base, by kind */
            base: {
                [key: string]: number;
            };
            byJurisdiction: components["schemas"]["StageProgressDto"][];
            campaign: components["schemas"]["CampaignViewDto"];
        };
        CampaignViewDto: {
            /** Format: uuid */
            id: string;
            orgPath: string;
            /** @description 普查对象数 / records in the census */
            records: number;
            /** @enum {string} */
            status: "preparing" | "open" | "closed";
            year: number;
        };
        CensusRecordPageDto: {
            items: components["schemas"]["CensusRecordViewDto"][];
            next?: string;
        };
        CensusRecordViewDto: {
            campaignId: string;
            checks: components["schemas"]["CheckEntryDto"][];
            /** Format: uuid */
            enterpriseId: string;
            exclusion?: components["schemas"]["ExclusionDto"];
            /** @enum {string} */
            kind: "enterprise" | "social-org" | "individual";
            name: string;
            orgPath: string;
            /** @enum {string} */
            outcome: "pending" | "in-base" | "excluded";
            /** @description 已通过的环节数 / checks passed so far */
            passed: number;
            uscc: string;
            year: number;
        };
        ChangeStatusDto: {
            /**
             * @description 生效日期 / effective date
             * @example 2026-11-01
             */
            effectiveOn: string;
            /**
             * @description 原因 / reason
             * @example 列入经营异常名录 / listed as abnormal
             */
            reason: string;
            /** @enum {string} */
            status: "entered-production" | "operating" | "abnormal" | "deregistered";
        };
        CheckDto: {
            comment?: string;
            /**
             * @description 剔除原因：空壳、僵尸、影子、其他 / why excluded
             * @enum {string}
             */
            reason?: "shell" | "zombie" | "shadow" | "other";
            /**
             * @description 本次核查环节（须按顺序）/ the check, in order
             * @enum {string}
             */
            stage: "township-preliminary" | "liaison-on-site" | "industry-filter" | "responsible-unit-summary" | "org-dept-standard";
            /** @enum {string} */
            verdict: "pass" | "exclude";
        };
        CheckEntryDto: {
            at: string;
            by: string;
            comment?: string;
            /** @enum {string} */
            stage: "township-preliminary" | "liaison-on-site" | "industry-filter" | "responsible-unit-summary" | "org-dept-standard";
            /** @enum {string} */
            verdict: "pass" | "exclude";
        };
        CountsSnapshotDto: {
            at: string;
            by: string;
            employees: number;
            partyMembers: number;
            probationaryMembers: number;
        };
        CreateEnterpriseDto: {
            aboveScale?: boolean;
            address?: string;
            developmentNeeds?: string;
            /** @description 职工人数 / employees */
            employees?: number;
            grid?: string;
            /**
             * @description GB/T 4754 行业代码 / industry code
             * @example C3411
             */
            industryCode?: string;
            investor?: string;
            /**
             * @description 不填则按信用代码推断 / proposed from the credit code when absent
             * @enum {string}
             */
            kind?: "enterprise" | "social-org" | "individual";
            legalRep?: string;
            /** @description 企业联络员（用户名）/ usernames of the enterprise liaisons */
            liaisons?: string[];
            massOrgs?: components["schemas"]["MassOrgsDto"];
            /**
             * @description 名称 / name
             * @example 濉溪县浩丰实业有限公司
             */
            name: string;
            /** @description 未建立党组织原因 / reason if no party organization */
            noOrgReason?: string;
            /**
             * @description 所属园区或乡镇路径 / park or township path
             * @example /demo-county/econ-dev-zone
             */
            orgPath: string;
            /** @description 党员总数（含预备党员）/ party members incl. probationary */
            partyMembers?: number;
            /** @enum {string} */
            partyOrgStatus?: "independent" | "joint" | "hosted" | "none";
            /** @description 预备党员 / probationary members */
            probationaryMembers?: number;
            /** @enum {string} */
            status?: "entered-production" | "operating" | "abnormal" | "deregistered";
            /**
             * @description 统一社会信用代码 / unified social credit code
             * @example 91340621MA2N0X0X1F
             */
            uscc: string;
        };
        DecideDto: {
            /** @description 审核意见（退回时必填）/ note, required to reject */
            note?: string;
        };
        EnterprisePageDto: {
            items: components["schemas"]["EnterpriseViewDto"][];
            /** @description 下一页游标 / cursor of the next page */
            next?: string;
        };
        EnterpriseViewDto: {
            aboveScale?: boolean;
            address?: string | null;
            countsHistory?: components["schemas"]["CountsSnapshotDto"][];
            developmentNeeds?: string | null;
            employees: number;
            formalMembers: number;
            grid?: string | null;
            /** Format: uuid */
            id: string;
            industryCode?: string | null;
            investor?: string | null;
            /** @enum {string} */
            kind: "enterprise" | "social-org" | "individual";
            legalRep?: string | null;
            liaisons?: string[];
            name: string;
            noOrgReason?: string | null;
            orgPath: string;
            partyMembers: number;
            partyOrg?: components["schemas"]["PartyOrgRefDto"] | null;
            partyOrgStatus?: string | null;
            probationaryMembers: number;
            shadowSuspects?: string[];
            /** @enum {string} */
            status: "entered-production" | "operating" | "abnormal" | "deregistered";
            statusHistory?: components["schemas"]["StatusChangeDto"][];
            updatedAt?: string;
            uscc: string;
            /** @description 版本号（修改时带上）/ version, sent back with an update */
            version: number;
        };
        ExclusionDto: {
            at: string;
            by: string;
            note?: string;
            /** @enum {string} */
            reason: "shell" | "zombie" | "shadow" | "other";
            /** @enum {string} */
            stage: "township-preliminary" | "liaison-on-site" | "industry-filter" | "responsible-unit-summary" | "org-dept-standard";
        };
        HubRunDto: {
            created: number;
            error?: string;
            fetched: number;
            fileName?: string;
            finishedAt?: string;
            /** Format: uuid */
            id: string;
            quarantined: number;
            since?: string;
            startedAt: string;
            /** @enum {string} */
            status: "running" | "completed" | "failed";
            /** @enum {string} */
            trigger: "manual" | "schedule" | "file-drop";
            unchanged: number;
            updated: number;
            watermark?: string;
        };
        HubRunListDto: {
            items: components["schemas"]["HubRunDto"][];
            /** @description 已同步到的时间点 / changes applied up to this point */
            watermark?: string | null;
        };
        ImportJobViewDto: {
            created: number;
            createdAt?: string;
            error?: string;
            failed: number;
            fileName: string;
            finishedAt?: string;
            /** @enum {string} */
            format: "xlsx" | "csv";
            /** Format: uuid */
            id: string;
            processedRows: number;
            /** @enum {string} */
            source: "upload" | "file-drop";
            startedAt?: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed";
            totalRows: number;
            unchanged: number;
            updated: number;
        };
        LedgerSummaryDto: {
            byIndustry: components["schemas"]["SummaryRowDto"][];
            byKind: components["schemas"]["SummaryRowDto"][];
            byStatus: components["schemas"]["SummaryRowDto"][];
            total: number;
        };
        MassOrgsDto: {
            /**
             * @description 工会 / trade union
             * @example true
             */
            union: boolean;
            /**
             * @description 妇联 / women’s federation
             * @example false
             */
            womensFederation: boolean;
            /**
             * @description 共青团 / youth league
             * @example false
             */
            youthLeague: boolean;
        };
        MergeDto: {
            /**
             * Format: uuid
             * @description 被合并的影子记录 id / id of the shadow record merged into this one
             * @example 3f0c6b1e-8d5a-5c2e-9b7a-2f4d6e8a1c3b
             */
            duplicateId: string;
            /**
             * @description 合并原因 / reason
             * @example 同一企业在两处登记 / one enterprise registered twice
             */
            reason: string;
        };
        PartyOrgRefDto: {
            orgId: string;
            orgPath: string;
        };
        ProposalViewDto: {
            before: {
                [key: string]: unknown;
            };
            decidedAt?: string;
            decidedBy?: string;
            /** Format: uuid */
            enterpriseId: string;
            enterpriseName: string;
            fields: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            note?: string;
            orgPath: string;
            proposedAt: string;
            proposedBy: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "rejected";
            uscc: string;
        };
        ProposeDto: {
            developmentNeeds?: string;
            /** @description 职工人数 / employees */
            employees?: number;
            investor?: string;
            massOrgs?: components["schemas"]["MassOrgsDto"];
            /** @description 未建立党组织原因 / reason if no party organization */
            noOrgReason?: string;
            /** @description 党员总数（含预备党员）/ party members incl. probationary */
            partyMembers?: number;
            /** @enum {string} */
            partyOrgStatus?: "independent" | "joint" | "hosted" | "none";
            /** @description 预备党员 / probationary members */
            probationaryMembers?: number;
        };
        QuarantineItemDto: {
            _id: string;
            createdAt?: string;
            note?: string;
            raw: {
                [key: string]: unknown;
            };
            reasons: string[];
            resolvedAt?: string;
            resolvedBy?: string;
            runId: string;
            /** @enum {string} */
            source: "data-hub" | "file-drop";
            /** @enum {string} */
            status: "open" | "resolved" | "dismissed";
        };
        RejectDto: {
            /**
             * @description 退回原因 / reason
             * @example 职工人数与社保记录不符 / employees differ from the social-insurance record
             */
            note: string;
        };
        ResolveDto: {
            /** @enum {string} */
            action: "apply" | "dismiss";
            correction?: Record<string, never>;
            note?: string;
        };
        RowErrorDto: {
            column: string;
            line: number;
            reason: string;
            uscc?: string | null;
        };
        RowErrorPageDto: {
            items: components["schemas"]["RowErrorDto"][];
            /** @description 下一页从此行号之后开始 / the next page starts after this line */
            nextAfterLine?: number;
        };
        StageProgressDto: {
            /** @description 按剔除原因 / excluded, by reason */
            excluded: {
                [key: string]: number;
            };
            inBase: number;
            orgPath: string;
            total: number;
            /** @description 各环节待查数 / records waiting at each check */
            waitingAt: {
                [key: string]: number;
            };
        };
        StartCampaignDto: {
            /**
             * @description 普查范围（县、园区或乡镇）/ jurisdiction
             * @example /demo-county
             */
            orgPath: string;
            /** @example 2026 */
            year: number;
        };
        StatusChangeDto: {
            at: string;
            by: string;
            effectiveOn: string;
            /** @enum {string|null} */
            from: "entered-production" | "operating" | "abnormal" | "deregistered" | null;
            reason: string;
            /** @enum {string} */
            to: "entered-production" | "operating" | "abnormal" | "deregistered";
        };
        SummaryRowDto: {
            count: number;
            key: string;
            label: string;
        };
        UpdateEnterpriseDto: {
            aboveScale?: boolean;
            address?: string;
            developmentNeeds?: string;
            /** @description 职工人数 / employees */
            employees?: number;
            grid?: string;
            /**
             * @description GB/T 4754 行业代码 / industry code
             * @example C3411
             */
            industryCode?: string;
            investor?: string;
            /**
             * @description 不填则按信用代码推断 / proposed from the credit code when absent
             * @enum {string}
             */
            kind?: "enterprise" | "social-org" | "individual";
            legalRep?: string;
            /** @description 企业联络员（用户名）/ usernames of the enterprise liaisons */
            liaisons?: string[];
            massOrgs?: components["schemas"]["MassOrgsDto"];
            /**
             * @description 名称 / name
             * @example 濉溪县浩丰实业有限公司
             */
            name?: string;
            /** @description 未建立党组织原因 / reason if no party organization */
            noOrgReason?: string;
            /**
             * @description 所属园区或乡镇路径 / park or township path
             * @example /demo-county/econ-dev-zone
             */
            orgPath?: string;
            /** @description 党员总数（含预备党员）/ party members incl. probationary */
            partyMembers?: number;
            /** @enum {string} */
            partyOrgStatus?: "independent" | "joint" | "hosted" | "none";
            /** @description 预备党员 / probationary members */
            probationaryMembers?: number;
            /**
             * @description 读取时的版本号 / version read
             * @example 0
             */
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_list: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                /** @description The `next` cursor of the previous page. */
                cursor?: string;
                from?: string;
                limit?: number;
                targetId?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    CensusController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignListDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    CensusController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartCampaignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description CENSUS_CAMPAIGN_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CENSUS_CAMPAIGN_EXISTS";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNKNOWN_JURISDICTION */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNKNOWN_JURISDICTION";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "DEPENDENCY_UNAVAILABLE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    CensusController_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkCheckDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED · CENSUS_EXCLUSION_REASON_REQUIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "CENSUS_EXCLUSION_REASON_REQUIRED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description CENSUS_CAMPAIGN_CLOSED · CENSUS_STAGE_OUT_OF_ORDER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CENSUS_CAMPAIGN_CLOSED" | "CENSUS_STAGE_OUT_OF_ORDER";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    CensusController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignProgressDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    CensusController_records: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                outcome?: "pending" | "in-base" | "excluded";
                stage?: "township-preliminary" | "liaison-on-site" | "industry-filter" | "responsible-unit-summary" | "org-dept-standard";
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CensusRecordPageDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    CensusController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                enterpriseId: string;
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED · CENSUS_EXCLUSION_REASON_REQUIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "CENSUS_EXCLUSION_REASON_REQUIRED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description CENSUS_CAMPAIGN_CLOSED · CENSUS_STAGE_OUT_OF_ORDER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CENSUS_CAMPAIGN_CLOSED" | "CENSUS_STAGE_OUT_OF_ORDER";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    DataHubController_quarantine: {
        parameters: {
            query?: {
                limit?: number;
                status?: "open" | "resolved" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarantineItemDto"][];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    DataHubController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description QUARANTINE_ALREADY_RESOLVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "QUARANTINE_ALREADY_RESOLVED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    DataHubController_runs: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HubRunListDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    DataHubController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description DATA_HUB_RUN_IN_PROGRESS · DATA_HUB_NOT_CONFIGURED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "DATA_HUB_RUN_IN_PROGRESS" | "DATA_HUB_NOT_CONFIGURED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    DataHubController_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    EnterprisesController_list: {
        parameters: {
            query?: {
                /** @description 普查进度：待哪一查，或已纳入基数/已剔除 / census stage waited at, or in-base / excluded */
                censusStage?: "township-preliminary" | "liaison-on-site" | "industry-filter" | "responsible-unit-summary" | "org-dept-standard" | "in-base" | "excluded";
                /** @description 普查年度（与 censusStage 一起，默认今年）/ census year, default this year */
                censusYear?: number;
                cursor?: string;
                employeesMax?: number;
                employeesMin?: number;
                hasMembers?: "true" | "false";
                /** @description GB/T 4754 代码前缀 / industry code prefix */
                industry?: string;
                kind?: "enterprise" | "social-org" | "individual";
                limit?: number;
                /** @description 辖区子树 / jurisdiction subtree */
                orgPath?: string;
                /** @description 名称或信用代码 / name or credit code */
                q?: string;
                sort?: "name" | "employees" | "updatedAt";
                status?: "entered-production" | "operating" | "abnormal" | "deregistered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterprisePageDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    EnterprisesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnterpriseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED · INVALID_CREDIT_CODE · INVALID_MEMBER_COUNTS */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "INVALID_CREDIT_CODE" | "INVALID_MEMBER_COUNTS";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description DUPLICATE_CREDIT_CODE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "DUPLICATE_CREDIT_CODE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNKNOWN_JURISDICTION */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNKNOWN_JURISDICTION";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "DEPENDENCY_UNAVAILABLE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    EnterprisesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    EnterprisesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnterpriseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED · INVALID_MEMBER_COUNTS */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "INVALID_MEMBER_COUNTS";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNKNOWN_JURISDICTION */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNKNOWN_JURISDICTION";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "DEPENDENCY_UNAVAILABLE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    EnterprisesController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description MERGE_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "MERGE_NOT_ALLOWED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    ProposalsController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED · INVALID_MEMBER_COUNTS */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "INVALID_MEMBER_COUNTS";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    EnterprisesController_changeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStatusDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description INVALID_STATUS_CHANGE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "INVALID_STATUS_CHANGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    EnterprisesController_export: {
        parameters: {
            query?: {
                /** @description 普查进度：待哪一查，或已纳入基数/已剔除 / census stage waited at, or in-base / excluded */
                censusStage?: "township-preliminary" | "liaison-on-site" | "industry-filter" | "responsible-unit-summary" | "org-dept-standard" | "in-base" | "excluded";
                /** @description 普查年度（与 censusStage 一起，默认今年）/ census year, default this year */
                censusYear?: number;
                employeesMax?: number;
                employeesMin?: number;
                format?: "xlsx" | "csv";
                hasMembers?: "true" | "false";
                /** @description GB/T 4754 代码前缀 / industry code prefix */
                industry?: string;
                kind?: "enterprise" | "social-org" | "individual";
                /** @description 辖区子树 / jurisdiction subtree */
                orgPath?: string;
                /** @description 名称或信用代码 / name or credit code */
                q?: string;
                status?: "entered-production" | "operating" | "abnormal" | "deregistered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    ImportsController_template: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    ImportsController_list: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobViewDto"][];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    ImportsController_upload: {
        parameters: {
            query: {
                fileName: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 文件内容（请求体即文件）/ the file itself as the request body */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE · IMPORT_FILE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE" | "IMPORT_FILE_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE · IMPORT_UNSUPPORTED_FILE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE" | "IMPORT_UNSUPPORTED_FILE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description IMPORT_MISSING_COLUMNS · IMPORT_EMPTY_FILE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "IMPORT_MISSING_COLUMNS" | "IMPORT_EMPTY_FILE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    ImportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    ImportsController_errors: {
        parameters: {
            query?: {
                afterLine?: number;
                format?: "json" | "xlsx";
                limit?: number;
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description format=json（默认）；format=xlsx 时为工作簿 / a workbook with format=xlsx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RowErrorPageDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    ProposalsController_list: {
        parameters: {
            query?: {
                limit?: number;
                status?: "pending" | "confirmed" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalViewDto"][];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    ProposalsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED · INVALID_MEMBER_COUNTS */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "INVALID_MEMBER_COUNTS";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PROPOSAL_NOT_PENDING · VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PROPOSAL_NOT_PENDING" | "VERSION_CONFLICT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    ProposalsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PROPOSAL_NOT_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PROPOSAL_NOT_PENDING";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    EnterprisesController_summary: {
        parameters: {
            query?: {
                /** @description 普查进度：待哪一查，或已纳入基数/已剔除 / census stage waited at, or in-base / excluded */
                censusStage?: "township-preliminary" | "liaison-on-site" | "industry-filter" | "responsible-unit-summary" | "org-dept-standard" | "in-base" | "excluded";
                /** @description 普查年度（与 censusStage 一起，默认今年）/ census year, default this year */
                censusYear?: number;
                employeesMax?: number;
                employeesMin?: number;
                hasMembers?: "true" | "false";
                /** @description GB/T 4754 代码前缀 / industry code prefix */
                industry?: string;
                kind?: "enterprise" | "social-org" | "individual";
                /** @description 辖区子树 / jurisdiction subtree */
                orgPath?: string;
                /** @description 名称或信用代码 / name or credit code */
                q?: string;
                status?: "entered-production" | "operating" | "abnormal" | "deregistered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerSummaryDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    SystemController_sendProbe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    SystemController_probe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                probeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    SystemController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
}
