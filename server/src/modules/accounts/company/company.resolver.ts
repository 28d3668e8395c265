import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../context/request-context';
import { toViewerType } from '../auth/auth.resolver';
import { ViewerType } from '../auth/auth.types';
import { Company } from './company.entity';
import { OnboardCompanyInput, RegisterCompanyInput, UpdateCompanyInput } from './company.inputs';
import { CompanyService } from './company.service';

@Resolver(() => Company)
export class CompanyResolver {
  private readonly service = new CompanyService();

  @Mutation(() => ViewerType, {
    description:
      'Registers a company; the person becomes its administrator and is signed in. Errors: TAX_ID_ALREADY_REGISTERED, EMAIL_ALREADY_REGISTERED, BAD_USER_INPUT.',
  })
  async registerCompany(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterCompanyInput) input: RegisterCompanyInput,
  ): Promise<ViewerType> {
    return toViewerType(await this.service.register(ctx, input));
  }

  @Authorized('STAFF')
  @Mutation(() => Company, {
    description:
      'Staff and tools: a contracted company with an invited administrator (activation email).',
  })
  onboardCompany(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OnboardCompanyInput) input: OnboardCompanyInput,
  ): Promise<Company> {
    return this.service.onboard(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Company, {
    description: "The administrator edits the company's name and address.",
  })
  updateCompany(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateCompanyInput) input: UpdateCompanyInput,
  ): Promise<Company> {
    return this.service.update(ctx, input);
  }
}
